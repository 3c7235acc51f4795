// M220 on mindmaps: `::icon()` is reported as never drawn (mermaid 11.17's
// mindmap shapes ignore it, and merrow matches), and `fa:` icons in mindmap
// labels get the flowchart's findings, with or without an `::icon()` too.
#include <catch2/catch.hpp>

#include <algorithm>

#include "lint_helpers.hpp"

using namespace merrow;
using namespace merrow::test;

namespace {

std::vector<Diagnostic> lint_mindmap(const std::string& text, const std::vector<std::pair<std::string, std::string>>& nodes) {
  Mindmap map;
  for (const auto& [label, icon] : nodes) {
    MindmapNode node;
    node.id = node.label.text = label;
    node.icon = icon;
    node.span = span_of(text, label);
    node.parent = map.nodes.empty() ? -1 : 0;
    map.nodes.push_back(node);
  }
  ParseResult parse{map, "mindmap", true, {}};
  std::vector<Diagnostic> found = lint::lint(parse, Source("m.mmd", text), {});
  std::erase_if(found, [](const Diagnostic& d) { return d.code != "M220"; });
  return found;
}

bool says(const std::vector<Diagnostic>& found, std::string_view words) {
  return std::any_of(found.begin(), found.end(),
                     [&](const Diagnostic& d) { return d.message.find(words) != std::string::npos; });
}

}  // namespace

TEST_CASE("M220 says a mindmap ::icon() is not drawn, whatever its name") {
  const std::string text = "mindmap\n  Root\n    ::icon(fa fa-book)\n    Child\n      ::icon(mdi mdi-x)\n";
  const auto found = lint_mindmap(text, {{"Root", "fa fa-book"}, {"Child", "mdi mdi-x"}});
  REQUIRE(found.size() == 2);
  CHECK(found[0].message.find("`::icon(fa fa-book)`, which mermaid 11.17 does not draw") != std::string::npos);
  CHECK(found[0].label == "icon not drawn");
  CHECK(found[1].message.find("`::icon(mdi mdi-x)`") != std::string::npos);
}

TEST_CASE("M220 checks fa: icons in mindmap labels as in flowchart labels") {
  const std::string text = "mindmap\n  Root fa:fa-nosuchicon\n    Car fa:fa-car\n      ::icon(fa fa-book)\n    Plain\n";
  const auto found = lint_mindmap(text, {{"Root fa:fa-nosuchicon", ""}, {"Car fa:fa-car", "fa fa-book"}, {"Plain", ""}});
  // The unknown name, and for Car both the ::icon and the label icon; Plain is quiet.
  REQUIRE(found.size() == 3);
  CHECK(says(found, "fa-nosuchicon"));
  CHECK(says(found, "node `Car fa:fa-car` has `::icon(fa fa-book)`"));
  CHECK(std::count_if(found.begin(), found.end(),
                      [](const Diagnostic& d) { return d.message.starts_with("node `Car fa:fa-car` uses"); }) == 1);
}
