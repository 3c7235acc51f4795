// Statements that point at ids or classes: do they point at something?
// mermaid never complains about these; it silently draws a stray node or
// applies nothing, which is why a linter should.
#include <algorithm>
#include <set>
#include <string>

#include "lint/rules/families.hpp"
#include "lint/text_scan.hpp"

namespace merrow::lint {
namespace {

// Is an id drawn: a subgraph, an edge id, or a node written as a vertex
// somewhere (not only named by `style`, which makes mermaid add a stray node)?
class Mentions {
 public:
  explicit Mentions(const Flowchart& chart) : chart_(chart) {
    for (const auto& edge : chart.edges) {
      if (edge.id) edge_ids_.insert(*edge.id);
    }
  }

  bool drawn(const std::string& id) const {
    if (chart_.subgraph_by_id.contains(id) || edge_ids_.contains(id)) return true;
    const auto node = chart_.node_by_id.find(id);
    return node != chart_.node_by_id.end() && chart_.nodes[node->second].declared;
  }

 private:
  const Flowchart& chart_;
  std::set<std::string_view> edge_ids_;
};

void check_stray_styles(const Flowchart& chart, const Mentions& mentions, Reporter& reporter) {
  for (const auto& style : chart.style_statements) {
    if (mentions.drawn(style.target)) continue;
    reporter.report("M210", style.span,
                    "`style` names `" + style.target + "`, which appears nowhere else; mermaid draws it "
                    "as an extra, unconnected node",
                    "only mention of `" + style.target + "`");
  }
}

void check_targets(const Flowchart& chart, const Mentions& mentions, Reporter& reporter) {
  auto check = [&](const std::string& id, Span span, std::string_view what) {
    if (mentions.drawn(id)) return;
    std::string message(1, '`');  // built by appending: GCC 12 misreports `"x" + std::string` here (-Wrestrict)
    message.append(what).append("` names `").append(id).append("`, which is not in the diagram; mermaid ignores it");
    reporter.report("M211", span, std::move(message), "unknown id `" + id + "`");
  };
  for (const auto& statement : chart.class_statements) {
    for (const auto& target : statement.targets) check(target, statement.span, "class");
  }
  for (const auto& click : chart.clicks) check(click.target, click.span, "click");
}

// `A:::name` shorthands, found in the text because the model merges them
// with `class` statements. Quoted label text is skipped.
struct ShorthandClass {
  std::string name;
  Span span;
};

std::vector<ShorthandClass> shorthand_classes(std::string_view text) {
  std::vector<ShorthandClass> out;
  bool quoted = false;
  for (size_t i = 0; i + 3 < text.size(); ++i) {
    if (text[i] == '"') quoted = !quoted;
    if (text[i] == '\n') quoted = false;
    if (quoted || text.substr(i, 3) != ":::" || (i + 3 < text.size() && text[i + 3] == ':')) continue;
    size_t end = i + 3;
    // `-` joins words (`my-class`) but `-->` after a class starts a link.
    while (end < text.size() &&
           (is_id_byte(text[end]) || (text[end] == '-' && end + 1 < text.size() && is_id_byte(text[end + 1])))) {
      ++end;
    }
    if (end > i + 3) {
      out.push_back({std::string(text.substr(i + 3, end - i - 3)),
                     {static_cast<uint32_t>(i + 3), static_cast<uint32_t>(end)}});
    }
    i = end - 1;
  }
  return out;
}

void check_classes(const Flowchart& chart, Reporter& reporter) {
  std::set<std::string> defined{"default"};
  for (const auto& class_def : chart.class_defs) defined.insert(class_def.name);

  std::set<std::string> used;
  for (const auto& statement : chart.class_statements) {
    used.insert(statement.class_name);
    if (!defined.contains(statement.class_name)) {
      reporter.report("M212", statement.span,
                      "class `" + statement.class_name + "` is applied but no classDef defines it",
                      "undefined class");
    }
  }
  if (reporter.text().find(":::") != std::string_view::npos) {
    for (const auto& shorthand : shorthand_classes(reporter.text())) {
      used.insert(shorthand.name);
      if (!defined.contains(shorthand.name)) {
        reporter.report("M212", shorthand.span,
                        "class `" + shorthand.name + "` is applied but no classDef defines it",
                        "undefined class");
      }
    }
  }
  auto note_all = [&](const std::vector<std::string>& classes) { used.insert(classes.begin(), classes.end()); };
  for (const auto& node : chart.nodes) note_all(node.classes);
  for (const auto& edge : chart.edges) note_all(edge.classes);
  for (const auto& subgraph : chart.subgraphs) note_all(subgraph.classes);

  for (const auto& class_def : chart.class_defs) {
    if (class_def.name == "default" || used.contains(class_def.name)) continue;
    reporter.report("M213", class_def.span, "classDef `" + class_def.name + "` is never applied",
                    "unused class");
  }
}

}  // namespace

void check_references(const Flowchart& chart, Reporter& reporter) {
  const Mentions mentions(chart);
  check_stray_styles(chart, mentions, reporter);
  check_targets(chart, mentions, reporter);
  check_classes(chart, reporter);
}

}  // namespace merrow::lint
