// Front matter: mermaid's extractFrontMatter() verdicts (which blocks count,
// which do not close) and the data read from them; error positions checked.
#include <catch2/catch.hpp>

#include "grammar/parse.hpp"
#include "grammar/preamble/front_matter.hpp"

using namespace merrow;

namespace {

ParseResult parse(const std::string& text) { return parse_diagram(Source("t.mmd", text)); }

const Config& mindmap_config(const ParseResult& r) { return std::get<Mindmap>(r.diagram).config; }

}  // namespace

TEST_CASE("front matter: title and config reach the diagram") {
  const auto r = parse(
      "---\n"
      "title: Organisation\n"
      "config:\n"
      "  theme: forest\n"
      "  fontSize: 18\n"
      "  themeVariables:\n"
      "    primaryColor: \"#fff4dd\"\n"
      "  mindmap:\n"
      "    padding: 12\n"
      "---\n"
      "mindmap\n"
      "  root\n");
  REQUIRE(r.ok());
  const Config& c = mindmap_config(r);
  CHECK(c.title == "Organisation");
  CHECK(c.theme == "forest");
  CHECK(c.font_size == 18);
  CHECK(c.theme_variables.at("primaryColor") == "#fff4dd");
  CHECK(c.mindmap.padding == 12);
  CHECK(c.raw["themeVariables"]["primaryColor"] == "#fff4dd");
}

TEST_CASE("front matter: plain scalars follow YAML's JSON schema") {
  const auto json = grammar::yaml_to_json("a: 12\nb: true\nc: null\nd: '12'\ne: 1.5\nf: text\ng: ~\n");
  CHECK(json["a"] == 12);
  CHECK(json["b"] == true);
  CHECK(json["c"].is_null());
  CHECK(json["d"] == "12");
  CHECK(json["e"] == 1.5);
  CHECK(json["f"] == "text");
  CHECK(json["g"].is_null());
}

TEST_CASE("front matter: the block spans exactly up to the diagram") {
  const std::string text = "---\ntitle: x\n---\n\nmindmap\n  root\n";
  const Source source("t.mmd", text);
  const auto fm = grammar::read_front_matter(source, 0);
  REQUIRE(fm.found);
  CHECK(fm.block.begin == 0);
  // `---\s*[\n\r]+`: the blank line after the closing fence belongs to the block.
  CHECK(text.substr(fm.end) == "mindmap\n  root\n");
  CHECK(text.substr(fm.yaml.begin, fm.yaml.end - fm.yaml.begin) == "title: x");
}

TEST_CASE("front matter: an empty block needs a line between the fences") {
  // mermaid's regex consumes the opening line break, so "---\n---\n" is not a block.
  CHECK(parse("---\n\n---\nmindmap\n  root\n").ok());
  const auto r = parse("---\n---\nmindmap\n  root\n");
  REQUIRE_FALSE(r.ok());
  CHECK(r.diagnostics[0].code == "M203");
}

TEST_CASE("front matter: a fence that never closes is mermaid's `---` error") {
  const auto r = parse("---\ntitle: x\nmindmap\n  root\n");
  REQUIRE(r.diagnostics.size() == 1);
  CHECK(r.diagnostics[0].code == "M203");
  CHECK(r.diagnostics[0].severity == Severity::error);
  CHECK(r.diagnostics[0].span.begin == 0);
  CHECK(r.diagnostics[0].span.end == 3);
}

TEST_CASE("front matter: the closing fence must be as indented as the opening one") {
  // demo-mindmap-layouts-16 in the corpus: mermaid rejects it.
  const auto r = parse("---\n     config:\n       layout: tidy-tree\n     ---\n     mindmap\n     root((mindmap))\n");
  REQUIRE_FALSE(r.ok());
  CHECK(r.diagnostics[0].code == "M203");
}

TEST_CASE("front matter: the closing fence needs a line break after it") {
  const auto r = parse("---\ntitle: x\n---");
  REQUIRE_FALSE(r.ok());
  CHECK(r.diagnostics[0].code == "M203");
}

TEST_CASE("front matter: a YAML error is reported at its line") {
  const std::string text =
      "---\n"
      "config:\n"
      "  themeVariables:\n"
      "    fontFamily: \"Couri\n"
      "    fontSize: \"20px\"\n"
      "---\n"
      "mindmap\n  root\n";
  const Source source("t.mmd", text);
  const auto r = parse_diagram(source);
  REQUIRE(r.diagnostics.size() == 1);
  const auto& d = r.diagnostics[0];
  CHECK(d.code == "M203");
  CHECK(d.name == "invalid-front-matter");
  const auto at = source.position(d.span.begin);
  CHECK(at.line >= 4);  // the unterminated string starts on line 4
  CHECK(at.line <= 6);
  CHECK(std::holds_alternative<std::monostate>(r.diagram));
}

TEST_CASE("front matter: CRLF line breaks and a BOM") {
  const auto r = parse("\xEF\xBB\xBF---\r\ntitle: Windows\r\n---\r\nmindmap\r\n  root\r\n");
  REQUIRE(r.ok());
  CHECK(mindmap_config(r).title == "Windows");
  CHECK(std::get<Mindmap>(r.diagram).nodes.at(0).label.text == "root");
}

TEST_CASE("front matter: a non-mapping document is ignored like mermaid does") {
  const auto r = parse("---\n- a\n- b\n---\nmindmap\n  root\n");
  CHECK(r.ok());
}

TEST_CASE("front matter: a repeated key is an error, as in js-yaml") {
  const std::string text = "---\nconfig:\n  theme: dark\nconfig:\n  look: handDrawn\n---\nmindmap\n  root\n";
  const Source source("t.mmd", text);
  const auto r = parse_diagram(source);
  REQUIRE(r.diagnostics.size() == 1);
  CHECK(r.diagnostics[0].code == "M203");
  CHECK(source.position(r.diagnostics[0].span.begin).line == 4);
}
