// The docs-tree progress bar on stderr (a TTY only): files done, diagrams drawn
// of those to draw (the rest are cached or duplicates), the rate and the time left. Drawn in
// place with "\r"; cleared by finish(). Nothing of it reaches a pipe or a log.
#pragma once
#include <chrono>
#include <cstdio>
#include <string>
#include <thread>

namespace merrow::cli {

class Progress {
 public:
  Progress(bool enabled, size_t files, size_t diagrams, size_t to_draw)
      : enabled_(enabled && to_draw > 0), files_(files), diagrams_(diagrams), to_draw_(to_draw),
        start_(std::chrono::steady_clock::now()) {}
  bool enabled() const { return enabled_; }
  void wait() const { std::this_thread::sleep_for(std::chrono::milliseconds(100)); }

  void update(size_t done, size_t files_done) const {
    if (!enabled_) return;
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
    const double rate = seconds > 0 ? done / seconds : 0;
    const double left = rate > 0 ? (to_draw_ - done) / rate : 0;
    constexpr int width = 30;
    const int filled = static_cast<int>(width * done / to_draw_);
    std::string bar(filled, '#');
    bar.resize(width, '-');
    std::fprintf(stderr, "\r[%s] files %zu/%zu, diagrams drawn %zu/%zu (of %zu), %.0f/s, %.0fs left ", bar.c_str(),
                 files_done, files_, done, to_draw_, diagrams_, rate, left);
    std::fflush(stderr);
  }
  void finish() const {
    if (enabled_) std::fprintf(stderr, "\r\033[K");
  }

 private:
  bool enabled_;
  size_t files_, diagrams_, to_draw_;
  std::chrono::steady_clock::time_point start_;
};

}  // namespace merrow::cli
