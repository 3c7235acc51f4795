// `%%{init: ...}%%` directives: found anywhere, JSON after ' -> ", merged after
// the front matter; invalid ones ignored with a warning, like mermaid.
#include <catch2/catch.hpp>

#include "grammar/parse.hpp"
#include "grammar/preamble/directives.hpp"

using namespace merrow;

namespace {

ParseResult parse(const std::string& text) { return parse_diagram(Source("t.mmd", text)); }

const Config& config_of(const ParseResult& r) { return std::get<Mindmap>(r.diagram).config; }

}  // namespace

TEST_CASE("directive: single-quoted init is read") {
  const auto r = parse("%%{init: {'theme': 'dark', 'themeVariables': {'fontSize': '20px'}}}%%\nmindmap\n  root\n");
  REQUIRE(r.ok());
  CHECK(r.diagnostics.empty());
  CHECK(config_of(r).theme == "dark");
  CHECK(config_of(r).font_size == 20);
}

TEST_CASE("directive: initialize is the same as init, and spaces are allowed") {
  const auto r = parse("%%{ initialize : { \"look\": \"handDrawn\" } }%%\nmindmap\n  root\n");
  REQUIRE(r.ok());
  CHECK(config_of(r).look == "handDrawn");
}

TEST_CASE("directive: it wins over the front matter") {
  const auto r = parse("---\nconfig:\n  theme: forest\n  look: handDrawn\n---\n%%{init: {'theme': 'neutral'}}%%\nmindmap\n  root\n");
  REQUIRE(r.ok());
  CHECK(config_of(r).theme == "neutral");
  CHECK(config_of(r).look == "handDrawn");  // deep merge keeps what the directive does not set
}

TEST_CASE("directive: invalid JSON is a warning and nothing is applied") {
  const std::string text = "%%{init: {theme: 'dark'}}%%\n%%{init: {'look': 'handDrawn'}}%%\nmindmap\n  root\n";
  const auto r = parse(text);
  CHECK(r.ok());  // mermaid renders it
  REQUIRE(r.diagnostics.size() == 1);
  CHECK(r.diagnostics[0].code == "M204");
  CHECK(r.diagnostics[0].severity == Severity::warning);
  // Reported where the JSON reader stopped: at the unquoted key `theme`.
  CHECK(text.substr(r.diagnostics[0].span.begin, 5) == "theme");
  CHECK(r.diagnostics[0].label.find("quotes") != std::string::npos);
  // detectDirective() gives up on all directives after one failure.
  CHECK(config_of(r).theme == "default");
  CHECK(config_of(r).look == "classic");
}

TEST_CASE("directive: one that never closes swallows the rest of the text") {
  // spec-mermaidapi-690~m0: mermaid reports "No diagram type detected".
  const auto r = parse("%%{init: { 'theme': 'base' } %%\ngraph TD;A-->B;");
  REQUIRE_FALSE(r.ok());
  bool no_type = false;
  for (const auto& d : r.diagnostics) no_type |= d.code == "M003" && d.severity == Severity::error;
  CHECK(no_type);
}

TEST_CASE("directive: a directive inside a mindmap is removed before parsing") {
  const auto r = parse("mindmap\n  root\n%%{init: {'theme': 'dark'}}%%\n    child\n");
  REQUIRE(r.ok());
  CHECK(config_of(r).theme == "dark");
  const auto& map = std::get<Mindmap>(r.diagram);
  REQUIRE(map.nodes.size() == 2);
  CHECK(map.nodes[1].parent == 0);
}

TEST_CASE("directive: find_directives reports spans, names and arguments") {
  const std::string text = "a %%{wrap}%% b %%{init: {\"x\": 1}}%% c %%{{not}}%%";
  const auto found = grammar::find_directives(text, 0);
  REQUIRE(found.size() == 2);
  CHECK(found[0].name == "wrap");
  CHECK(text.substr(found[0].span.begin, found[0].span.end - found[0].span.begin) == "%%{wrap}%%");
  CHECK(found[1].name == "init");
  CHECK(text.substr(found[1].args.begin, found[1].args.end - found[1].args.begin) == "{\"x\": 1}");
  CHECK(found[1].closed);
}

TEST_CASE("directive: `%%{{` is no directive, only a comment") {
  const auto r = parse("%%{{init: {'theme': 'dark'}}}%%\nmindmap\n  root\n");
  CHECK(r.ok());
  CHECK(config_of(r).theme == "default");
}

TEST_CASE("directive: flowchart settings and top-level keys reach the typed config") {
  const auto r = parse_diagram(Source("t.mmd",
      "%%{init: {'fontFamily': 'Inter', 'layout': 'elk', 'flowchart': {'nodeSpacing': 30, 'rankSpacing': '70',"
      " 'curve': 'linear', 'htmlLabels': false, 'diagramPadding': 4, 'padding': 9, 'wrappingWidth': 150}}}%%\n"
      "mindmap\n  root\n"));
  REQUIRE(r.ok());
  const Config& c = config_of(r);
  CHECK(c.font_family == "Inter");
  CHECK(c.layout == "elk");
  CHECK(c.flowchart.node_spacing == 30);
  CHECK(c.flowchart.rank_spacing == 70);
  CHECK(c.flowchart.curve == "linear");
  CHECK(c.flowchart.html_labels == std::optional<bool>(false));
  CHECK(c.flowchart.diagram_padding == 4);
  CHECK(c.flowchart.padding == 9);
  CHECK(c.flowchart.wrapping_width == 150);
  CHECK(c.raw["flowchart"]["curve"] == "linear");
}
