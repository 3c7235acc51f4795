// See link_kind.hpp.
#include "grammar/flowchart/link_kind.hpp"

#include <algorithm>

namespace merrow::flowchart_grammar {
namespace {

std::string_view trim_space(std::string_view s) {
  while (!s.empty() && is_js_space(s.front())) s.remove_prefix(1);
  while (!s.empty() && is_js_space(s.back())) s.remove_suffix(1);
  return s;
}

Head head_of(char c) {
  switch (c) {
    case '>': return Head::arrow;
    case 'x': return Head::cross;
    case 'o': return Head::circle;
    default: return Head::none;
  }
}

Stroke stroke_of(std::string_view line) {
  if (std::find(line.begin(), line.end(), '.') != line.end()) return Stroke::dotted;
  if (line.find('=') != std::string_view::npos) return Stroke::thick;
  if (line.find('~') != std::string_view::npos) return Stroke::invisible;
  return Stroke::normal;
}

}  // namespace

void decode_link(std::string_view end_token, std::string_view start_token, PendingLink& link) {
  std::string_view line = trim_space(end_token);
  if (line.empty()) return;
  Head end_head = head_of(line.back());
  Head start_head = Head::none;
  // destructEndLink: the same head at both ends makes it double (`x--x`).
  const char opposite = end_head == Head::arrow ? '<' : end_head == Head::cross ? 'x' : 'o';
  if (end_head != Head::none && line.front() == opposite) {
    start_head = end_head;
    line.remove_prefix(1);
  } else if (line.front() == 'x' || line.front() == 'o' || line.front() == '<') {
    line.remove_prefix(1);  // a lone prefix without the matching end head is ignored
  }
  link.stroke = stroke_of(line);
  const auto dots = static_cast<uint32_t>(std::count(line.begin(), line.end(), '.'));
  const auto strokes = static_cast<uint32_t>(
      std::count_if(line.begin(), line.end(), [](char c) { return c == '-' || c == '=' || c == '~'; }));
  if (link.stroke == Stroke::dotted)
    link.length = std::max<uint32_t>(dots, 1);
  else
    link.length = std::max<uint32_t>(end_head == Head::none ? (strokes >= 2 ? strokes - 2 : 1) : strokes - 1, 1);

  std::string_view start = trim_space(start_token);
  if (!start.empty()) {
    // destructLink: an open start takes the end's single head; a headed start
    // (`<--`, `x==`, `o-.`) makes the link double-headed.
    Head opened = start.front() == '<' ? Head::arrow : head_of(start.front());
    if (start.front() == '>') opened = Head::none;
    start_head = opened == Head::none ? Head::none : end_head;
  }
  link.head_start = start_head;
  link.head_end = end_head;
}

}  // namespace merrow::flowchart_grammar
