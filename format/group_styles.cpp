#include "format/group_styles.hpp"

#include <algorithm>

namespace merrow::format {
namespace {

constexpr std::string_view kIndent = "    ";

bool is_comment(std::string_view trimmed) { return trimmed.starts_with("%%") && !trimmed.starts_with("%%{"); }

class Grouping {
 public:
  Grouping(std::string_view text, const Flowchart& chart) : chart_(chart), lines_(split_lines(text)) {
    header_ = lines_.empty() ? 0 : line_of(lines_, chart.header.begin);
    directive_ = directive_lines(lines_);
    top_.assign(lines_.size(), false);
    uint32_t depth = 0;
    for (uint32_t i = header_ + 1; i < lines_.size(); ++i) {
      const std::string_view t = trim(lines_[i].text);
      if (directive_[i] || t.empty() || t.find("%%") != std::string_view::npos) continue;
      top_[i] = depth == 0;
      for (std::string_view statement : split_statements(t)) {
        if (starts_with_word(statement, "end") && depth > 0) --depth;
        if (starts_with_word(statement, "subgraph")) ++depth;
      }
    }
  }

  const std::vector<TextLine>& lines() const { return lines_; }
  uint32_t header() const { return header_; }
  bool directive(uint32_t line) const { return directive_[line]; }

  // The line `span` stands alone on, if it does.
  std::optional<uint32_t> alone_on(Span span) const {
    const uint32_t k = line_of(lines_, span.begin);
    if (k <= header_ || directive_[k]) return std::nullopt;
    const TextLine& line = lines_[k];
    const std::string_view t = trim(line.text);
    const auto first = static_cast<uint32_t>(line.begin + (t.data() - line.text.data()));
    if (span.begin != first || span.end > line.begin + line.text.size()) return std::nullopt;
    if (t.find("%%") != std::string_view::npos || split_statements(t).size() != 1) return std::nullopt;
    return k;
  }

  // What `class`/`style` name at `at` exists already, in every kind it names.
  bool exists_before(const std::string& id, uint32_t at, uint32_t line, bool as_style) const {
    bool found = false;
    for (const Edge& edge : chart_.edges) {
      if (edge.id != id) continue;
      if (as_style || edge.span.begin >= at) return false;  // style on an edge id is skipped, then not
      found = true;
    }
    const auto sub = chart_.subgraph_by_id.find(id);
    if (sub != chart_.subgraph_by_id.end()) {
      if (!top_[line] || chart_.subgraphs[sub->second].span.begin >= at) return false;
      found = true;
    }
    const auto node = chart_.node_by_id.find(id);
    // A style on a subgraph id makes a vertex mermaid never draws: only the subgraph counts.
    if (node != chart_.node_by_id.end() && !(as_style && found)) {
      if (chart_.nodes[node->second].span.begin >= at) return false;
      found = true;
    }
    return found;
  }

  // No node (that is not a subgraph's) is created after `end`.
  bool no_node_after(uint32_t end) const {
    return std::none_of(chart_.nodes.begin(), chart_.nodes.end(), [&](const Node& n) {
      return n.span.begin >= end && !chart_.subgraph_by_id.contains(n.id);
    });
  }

 private:
  const Flowchart& chart_;
  std::vector<TextLine> lines_;
  uint32_t header_ = 0;
  std::vector<bool> directive_, top_;
};

}  // namespace

std::optional<std::vector<OutLine>> group_styles(std::string_view text, const Flowchart& chart,
                                                 const std::vector<OutLine>& out) {
  const Grouping g(text, chart);
  const auto& lines = g.lines();
  if (lines.size() != out.size() || lines.empty()) return std::nullopt;
  std::vector<bool> moves(lines.size(), false);
  const auto mark = [&](Span span, bool movable) {
    if (const auto k = g.alone_on(span); k && movable) moves[*k] = true;
  };
  for (const ClassDef& def : chart.class_defs) mark(def.span, true);
  const bool interpolates =
      std::any_of(chart.link_styles.begin(), chart.link_styles.end(), [](const LinkStyle& l) { return l.interpolate.has_value(); });
  for (const LinkStyle& style : chart.link_styles) mark(style.span, !interpolates);
  for (const ClassStatement& statement : chart.class_statements) {
    const uint32_t line = line_of(lines, statement.span.begin);
    mark(statement.span, std::all_of(statement.targets.begin(), statement.targets.end(), [&](const std::string& id) {
           // A later `click` adds class `clickable` to the node: the order of its classes would change.
           const bool clicked_later = std::any_of(chart.clicks.begin(), chart.clicks.end(), [&](const Click& c) {
             return c.target == id && c.span.begin > statement.span.begin;
           });
           return !clicked_later && g.exists_before(id, statement.span.begin, line, false);
         }));
  }
  for (const StyleStatement& statement : chart.style_statements) {
    const uint32_t line = line_of(lines, statement.span.begin);
    mark(statement.span, g.exists_before(statement.target, statement.span.begin, line, true) &&
                             g.no_node_after(statement.span.end));
  }
  // Comment lines right above a moving statement go with it.
  std::vector<bool> goes = moves;
  for (uint32_t k = 0; k < lines.size(); ++k) {
    if (!moves[k]) continue;
    for (uint32_t c = k; c > g.header() + 1;) {
      --c;
      if (goes[c] || g.directive(c) || !is_comment(trim(lines[c].text))) break;
      goes[c] = true;
    }
  }
  std::vector<OutLine> result, group;
  std::vector<bool> was_blank;  // per result line
  const size_t first_body = g.header() + 1;
  for (uint32_t k = 0; k < lines.size(); ++k) {
    if (goes[k]) {
      // Only the indentation changes: a style's trailing spaces are part of it.
      std::string_view t = lines[k].text;
      t.remove_prefix(static_cast<size_t>(trim(t).data() - t.data()));
      if (is_comment(trim(t))) t = trim(t);
      group.push_back({out[k].line, std::string(kIndent) + std::string(t), false});
      continue;
    }
    const bool blank = k >= first_body && !g.directive(k) && trim(lines[k].text).empty();
    if (blank && (result.size() == first_body || was_blank.back())) continue;  // no blank runs, none first
    result.push_back(out[k]);
    was_blank.push_back(blank);
  }
  if (group.empty()) return std::nullopt;
  while (result.size() > first_body && was_blank.back()) {
    result.pop_back();
    was_blank.pop_back();
  }
  if (result.size() > first_body) result.push_back({result.back().line, std::string(), false});
  result.insert(result.end(), group.begin(), group.end());
  return result;
}

}  // namespace merrow::format
