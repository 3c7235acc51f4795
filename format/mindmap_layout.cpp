// Proposals for a mindmap: the root at 2 spaces and every node line shifted
// by as much (mermaid reads a node's level as its indentation minus the
// root's, and draws the edges below a node with the stroke width of class
// `edge-depth-<level + 1>`: re-indenting by tree depth would change them);
// an `::icon()` / `:::class` line as indented as the node it decorates;
// comments and lines inside a multi-line label as written; a node line's
// trailing spaces stay (mermaid keeps them in the label).
#include "format/lines.hpp"

namespace merrow::format {
namespace {
constexpr uint32_t kRootIndent = 2;

size_t leading_blanks(std::string_view s) {
  size_t k = 0;
  while (k < s.size() && (s[k] == ' ' || s[k] == '\t')) ++k;
  return k;
}
}  // namespace

std::vector<Proposal> propose_mindmap(std::string_view, const std::vector<TextLine>& lines, const Mindmap& map) {
  std::vector<Proposal> out;
  if (map.nodes.empty() || lines.empty()) return out;
  // For each line: the node starting on it, and whether a label runs through it.
  std::vector<int32_t> node_at(lines.size(), -1);
  std::vector<bool> inside(lines.size(), false);
  for (size_t n = 0; n < map.nodes.size(); ++n) {
    const Span span = map.nodes[n].span;
    const uint32_t first = line_of(lines, span.begin);
    const uint32_t last = line_of(lines, span.end > span.begin ? span.end - 1 : span.begin);
    if (node_at[first] < 0) node_at[first] = static_cast<int32_t>(n);
    for (uint32_t l = first + 1; l <= last && l < lines.size(); ++l) inside[l] = true;
    if (last > first) inside[first] = true;  // its trailing text belongs to the label
  }
  const uint32_t root = line_of(lines, map.nodes[0].span.begin);
  const std::vector<bool> directive = directive_lines(lines);
  std::vector<bool> skip(lines.size(), false);
  for (uint32_t i = root; i < lines.size(); ++i) skip[i] = directive[i] || (inside[i] && node_at[i] < 0);
  // The shift that puts the root at kRootIndent, if every node line has room for it.
  long shift = static_cast<long>(kRootIndent) - static_cast<long>(leading_blanks(lines[root].text));
  for (uint32_t i = root; i < lines.size(); ++i)
    if (!skip[i] && node_at[i] >= 0 && static_cast<long>(leading_blanks(lines[i].text)) + shift < 0) shift = 0;
  size_t indent = kRootIndent;
  for (uint32_t i = root; i < lines.size(); ++i) {
    if (skip[i]) continue;
    const std::string_view trimmed = trim(lines[i].text);
    if (trimmed.empty()) continue;
    if (node_at[i] >= 0) {
      // Trailing spaces stay: mermaid keeps them in a plain node's label.
      const std::string_view text = lines[i].text;
      std::string shifted;
      if (shift >= 0) {
        shifted = std::string(static_cast<size_t>(shift), ' ') + std::string(text);
      } else {
        shifted = std::string(text.substr(static_cast<size_t>(-shift)));
      }
      indent = leading_blanks(shifted);
      out.push_back({i, {std::move(shifted)}});
    } else if (trimmed.starts_with("%%")) {
      out.push_back({i, {std::string(trim_right(lines[i].text))}});
    } else {
      out.push_back({i, {std::string(indent, ' ') + std::string(trimmed)}});
    }
  }
  propose_blank_lines(lines, root, skip, out);
  return out;
}

}  // namespace merrow::format
