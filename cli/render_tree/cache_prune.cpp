#include "cli/render_tree/cache_prune.hpp"

#include <fcntl.h>
#include <sys/stat.h>

#include <algorithm>
#include <cctype>

namespace merrow::cli {

namespace fs = std::filesystem;

namespace {

constexpr size_t kHashDigits = 32;  // ContentHash::hex()

bool is_entry_name(std::string_view name) {
  if (name.size() <= kHashDigits) return false;
  for (size_t i = 0; i < kHashDigits; ++i)
    if (!std::isxdigit(static_cast<unsigned char>(name[i])) || std::isupper(static_cast<unsigned char>(name[i])))
      return false;
  const std::string_view ext = name.substr(kHashDigits);
  return ext == ".svg" || ext == ".png" || ext == ".pdf" || ext == ".undrawn" || ext == ".error";
}

}  // namespace

std::string cache_entry_hash(const std::string& file_name, bool& temporary) {
  temporary = false;
  std::string_view name = file_name;
  if (name.starts_with('.') && name.ends_with(".tmp")) {
    const size_t mark = name.rfind(".merrow-");
    if (mark == std::string_view::npos) return "";
    name = name.substr(1, mark - 1);
    temporary = true;
  }
  return is_entry_name(name) ? std::string(name.substr(0, kHashDigits)) : "";
}

PruneReport prune_cache(const fs::path& dir, const std::set<std::string>& used, std::chrono::seconds max_age,
                        fs::file_time_type now) {
  PruneReport report;
  std::vector<fs::path> doomed;
  std::error_code ec;
  for (auto it = fs::directory_iterator(dir, ec); !ec && it != fs::directory_iterator(); it.increment(ec)) {
    bool temporary = false;
    const std::string hash = cache_entry_hash(it->path().filename().string(), temporary);
    std::error_code ignored;
    if (hash.empty() || !it->is_regular_file(ignored)) continue;
    const auto age = now - it->last_write_time(ignored);
    if (ignored) continue;
    if (temporary ? age >= kTemporaryMaxAge : (!used.count(hash) && age >= max_age)) doomed.push_back(it->path());
  }
  if (ec) report.errors.push_back("cannot list " + dir.string() + ": " + ec.message());
  std::sort(doomed.begin(), doomed.end());
  for (const fs::path& path : doomed) {
    if (std::error_code error; fs::remove(path, error)) {
      ++report.removed;
    } else if (error) {
      report.errors.push_back("cannot remove " + path.string() + ": " + error.message());
    }
  }
  return report;
}

void mark_used(const fs::path& entry) { ::utimensat(AT_FDCWD, entry.c_str(), nullptr, 0); }

}  // namespace merrow::cli
