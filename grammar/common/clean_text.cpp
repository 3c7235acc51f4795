// See clean_text.hpp.
#include "grammar/common/clean_text.hpp"

#include <algorithm>

namespace merrow::grammar {

CleanText::CleanText(std::string_view text, uint32_t begin, const std::vector<Span>& removed) {
  original_end_ = static_cast<uint32_t>(text.size());
  text_.reserve(text.size() - std::min<size_t>(begin, text.size()) + 1);
  auto copy_run = [&](uint32_t from, uint32_t to) {
    // Copies [from, to) dropping the CR of every CRLF (mermaid's cleanupText).
    uint32_t run = from;
    for (uint32_t i = from; i < to; ++i) {
      if (text[i] == '\r' && i + 1 < text.size() && text[i + 1] == '\n') {
        if (i > run) {
          segments_.push_back({static_cast<uint32_t>(text_.size()), run});
          text_.append(text.substr(run, i - run));
        }
        run = i + 1;
      }
    }
    if (to > run) {
      segments_.push_back({static_cast<uint32_t>(text_.size()), run});
      text_.append(text.substr(run, to - run));
    }
  };
  uint32_t pos = begin;
  for (const Span& cut : removed) {
    if (cut.end <= pos) continue;
    copy_run(pos, std::max(pos, cut.begin));
    pos = cut.end;
  }
  copy_run(pos, static_cast<uint32_t>(text.size()));
  segments_.push_back({static_cast<uint32_t>(text_.size()), original_end_});
  text_.push_back('\n');
}

uint32_t CleanText::original(uint32_t offset) const {
  auto it = std::upper_bound(segments_.begin(), segments_.end(), offset,
                             [](uint32_t value, const Segment& s) { return value < s.clean_begin; });
  if (it == segments_.begin()) return original_end_;
  --it;
  if (std::next(it) == segments_.end()) return original_end_;  // the appended "\n" and beyond
  return it->original_begin + (offset - it->clean_begin);
}

}  // namespace merrow::grammar
