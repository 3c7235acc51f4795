// `fa:fa-car` in a label and `::icon(fa fa-book)` in a mindmap draw an <i>
// element that only becomes an icon where the page loads Font Awesome;
// GitHub, GitLab and most static sites do not, and the icon silently vanishes.
#include <string>

#include "lint/rules/families.hpp"

namespace merrow::lint {
namespace {

bool has_font_icon(std::string_view text) {
  for (const std::string_view prefix : {"fa:", "fab:", "fas:", "far:", "fal:", "fad:"}) {
    const size_t at = text.find(prefix);
    if (at != std::string_view::npos && text.substr(at + prefix.size(), 3) == "fa-") return true;
  }
  return false;
}

void report(Reporter& reporter, Span span, std::string_view where) {
  reporter.report("M220", span,
                  std::string(where) + " uses a Font Awesome icon, which only shows where the page loads "
                  "the Font Awesome stylesheet",
                  "icon font needed");
}

}  // namespace

void check_icons(const Flowchart& chart, Reporter& reporter) {
  for (const auto& node : chart.nodes) {
    if (has_font_icon(node.label.text)) report(reporter, node.span, "node `" + node.id + "`");
  }
  for (const auto& edge : chart.edges) {
    if (edge.has_label && has_font_icon(edge.label.text)) report(reporter, edge.span, "this edge label");
  }
  for (const auto& subgraph : chart.subgraphs) {
    if (has_font_icon(subgraph.title.text)) report(reporter, subgraph.span, "subgraph `" + subgraph.id + "`");
  }
}

void check_icons(const Mindmap& map, Reporter& reporter) {
  for (const auto& node : map.nodes) {
    const bool font_icon = node.icon.starts_with("fa ") || node.icon.starts_with("fab ") ||
                           node.icon.starts_with("fas ") || node.icon.starts_with("far ");
    if (font_icon || has_font_icon(node.label.text)) report(reporter, node.span, "node `" + node.id + "`");
  }
}

}  // namespace merrow::lint
