#include "cli/mmdc/mmdc_fences.hpp"

namespace merrow::mmdc {
namespace {

// [^\S\n]: JavaScript whitespace other than a line feed (ASCII part).
bool blank(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v'; }
bool marker(char c) { return c == '`' || c == ':'; }

size_t skip_blanks(std::string_view s, size_t i) {
  while (i < s.size() && blank(s[i])) ++i;
  return i;
}

// After the opening line: the end (before its "\n") of the earliest closing
// `[`:]{3}[^\S\n]*$`, or npos.
size_t closing_end(std::string_view page, size_t from) {
  for (size_t p = from; p + 3 <= page.size(); ++p) {
    if (!marker(page[p]) || !marker(page[p + 1]) || !marker(page[p + 2])) continue;
    const size_t end = skip_blanks(page, p + 3);
    if (end == page.size() || page[end] == '\n') return end;
  }
  return std::string_view::npos;
}

}  // namespace

std::vector<uint32_t> mmdc_block_starts(std::string_view page) {
  std::vector<uint32_t> starts;
  size_t line = 0;
  while (line <= page.size()) {
    size_t i = skip_blanks(page, line);
    size_t next_line = page.find('\n', line);
    next_line = next_line == std::string_view::npos ? page.size() + 1 : next_line + 1;
    if (i + 3 <= page.size() && marker(page[i]) && marker(page[i + 1]) && marker(page[i + 2]) &&
        page.substr(i + 3, 7) == "mermaid") {
      i = skip_blanks(page, i + 10);
      if (i < page.size() && page[i] == '\n') {
        const size_t end = closing_end(page, i + 1);
        if (end != std::string_view::npos) {
          starts.push_back(static_cast<uint32_t>(line));
          next_line = end + 1;  // the next match starts on a later line
        }
      }
    }
    line = next_line;
  }
  return starts;
}

}  // namespace merrow::mmdc
