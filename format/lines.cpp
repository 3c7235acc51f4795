#include "format/lines.hpp"

#include <algorithm>

namespace merrow::format {

std::vector<TextLine> split_lines(std::string_view text) {
  std::vector<TextLine> lines;
  size_t pos = 0;
  while (pos < text.size()) {
    const size_t nl = text.find('\n', pos);
    TextLine line;
    line.begin = static_cast<uint32_t>(pos);
    const size_t end = nl == std::string_view::npos ? text.size() : nl;
    line.text = text.substr(pos, end - pos);
    line.eol = nl != std::string_view::npos;
    if (line.eol && line.text.ends_with('\r')) {
      line.cr = true;
      line.text.remove_suffix(1);
    }
    lines.push_back(line);
    pos = end + 1;
  }
  return lines;
}

namespace {
bool is_blank_char(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v'; }
}  // namespace

std::string_view trim_right(std::string_view s) {
  while (!s.empty() && is_blank_char(s.back())) s.remove_suffix(1);
  return s;
}

std::string_view trim(std::string_view s) {
  s = trim_right(s);
  while (!s.empty() && is_blank_char(s.front())) s.remove_prefix(1);
  return s;
}

uint32_t line_of(const std::vector<TextLine>& lines, uint32_t offset) {
  const auto it = std::upper_bound(lines.begin(), lines.end(), offset,
                                   [](uint32_t o, const TextLine& l) { return o < l.begin; });
  return it == lines.begin() ? 0 : static_cast<uint32_t>(it - lines.begin() - 1);
}

void propose_blank_lines(const std::vector<TextLine>& lines, uint32_t first_body, const std::vector<bool>& skip,
                         std::vector<Proposal>& out) {
  uint32_t last_content = first_body;
  for (uint32_t i = first_body; i < lines.size(); ++i)
    if (!trim(lines[i].text).empty()) last_content = i;
  bool previous_blank = true;  // blank lines right after the first body line's predecessor go
  for (uint32_t i = first_body; i < lines.size(); ++i) {
    const bool blank = trim(lines[i].text).empty();
    if (skip[i]) {
      previous_blank = blank;
      continue;
    }
    if (!blank) {
      previous_blank = false;
      continue;
    }
    if (previous_blank || i > last_content) {
      out.push_back({i, {}});
    } else if (!lines[i].text.empty()) {
      out.push_back({i, {""}});
    }
    previous_blank = true;
  }
}

std::vector<bool> directive_lines(const std::vector<TextLine>& lines) {
  std::vector<bool> in(lines.size(), false);
  bool open = false;
  for (size_t i = 0; i < lines.size(); ++i) {
    const std::string_view t = lines[i].text;
    const size_t start = t.find("%%{");
    if (open || start != std::string_view::npos) {
      in[i] = true;
      const size_t from = open ? 0 : start + 3;
      open = t.find("}%%", from) == std::string_view::npos;
    }
  }
  return in;
}

}  // namespace merrow::format
