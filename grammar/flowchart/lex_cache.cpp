// LexCache: LINK_ID and `direction` look-ahead, memoised. Without the cache a
// 10 MB line without spaces would be rescanned at every token start.
// Pre: calls move forward through one text (positions may repeat after a
// PEG rewind; any position inside a cached run or line is answered from it).
#include "grammar/flowchart/state.hpp"

namespace merrow::flowchart_grammar {

std::size_t LexCache::link_id_length(const char* p, const char* end) {
  if (p >= end || is_js_space(*p) || *p == '"') return 0;
  if (!(p >= run_begin_ && p < run_end_)) {
    // `[^\s"]+@(?=[^{"])`: the greedy run backtracks to its last '@' whose next
    // character exists and is neither `{` nor `"` (whitespace after it is fine).
    const char* q = p;
    run_last_at_ = nullptr;
    while (q < end && !is_js_space(*q) && *q != '"') {
      if (*q == '@' && q + 1 < end && q[1] != '{' && q[1] != '"') run_last_at_ = q;
      ++q;
    }
    run_begin_ = p;
    run_end_ = q;
  }
  // At least one character must precede the '@' (`[^\s"]+@`).
  if (!run_last_at_ || run_last_at_ <= p) return 0;
  return static_cast<std::size_t>(run_last_at_ + 1 - p);
}

std::size_t LexCache::direction_length(const char* p, const char* end, const char** value) {
  if (p >= dir_checked_from_ && p < dir_line_end_) return 0;
  const std::size_t n = scan_direction_line(p, end, value);
  if (n == 0) {
    const void* nl = std::memchr(p, '\n', static_cast<std::size_t>(end - p));
    dir_checked_from_ = p;
    dir_line_end_ = nl ? static_cast<const char*>(nl) : end;
  }
  return n;
}

}  // namespace merrow::flowchart_grammar
