#include <catch2/catch.hpp>

#include "lint_helpers.hpp"

using merrow::test::ChartFixture;
using merrow::test::count_code;
using namespace merrow;

namespace {
std::vector<Diagnostic> lint_unsupported(const std::string& text) {
  ParseResult parse;
  return lint::lint(parse, Source("x.mmd", text), {});
}
}  // namespace

TEST_CASE("M201 an unknown diagram type, with a suggestion") {
  const auto found = lint_unsupported("%% note\ngrap TD\nA-->B\n");
  REQUIRE(count_code(found, "M201") == 1);
  CHECK(found[0].message.find("did you mean `graph`") != std::string::npos);
  CHECK(Source("x.mmd", "%% note\ngrap TD\n").position(found[0].span.begin).line == 2);
}

TEST_CASE("M004 other known diagram types are skipped, not errors") {
  const auto found = lint_unsupported("sequenceDiagram\nA->>B: hi\n");
  REQUIRE(found.size() == 1);
  CHECK(found[0].code == "M004");
  CHECK(found[0].severity == Severity::info);
}

TEST_CASE("M003 an empty diagram") {
  CHECK(count_code(lint_unsupported("\n%% only a comment\n"), "M003") == 1);
}

TEST_CASE("M203 front matter that is not YAML") {
  ChartFixture f("---\ntitle: [unclosed\n---\nflowchart TD\nA-->B\n");
  f.edge("A", "B", "-->");
  CHECK(count_code(f.lint(), "M203") == 1);
}

TEST_CASE("M203 quiet on good front matter") {
  ChartFixture f("---\ntitle: Hello\nconfig:\n  theme: dark\n---\nflowchart TD\nA-->B\n");
  f.edge("A", "B", "-->");
  CHECK(count_code(f.lint(), "M203") == 0);
}

TEST_CASE("M204 an init directive mermaid's JSON.parse rejects") {
  ChartFixture f("%%{init: {theme: 'dark'}}%%\nflowchart TD\nA-->B\n");
  f.edge("A", "B", "-->");
  const auto found = f.lint();
  REQUIRE(count_code(found, "M204") == 1);
  CHECK(found[0].severity == Severity::warning);
}

TEST_CASE("M204 quiet on single-quoted JSON, which mermaid accepts") {
  ChartFixture f("%%{init: {'theme': 'dark', \"flowchart\": {\"curve\": \"linear\"}}}%%\nflowchart TD\nA-->B\n");
  f.edge("A", "B", "-->");
  CHECK(count_code(f.lint(), "M204") == 0);
}

TEST_CASE("M217 and M218 unknown theme and config keys, with suggestions") {
  ChartFixture f("%%{init: {\"theme\": \"forrest\", \"flowchart\": {\"curv\": \"linear\"}}}%%\nflowchart TD\nA-->B\n");
  f.edge("A", "B", "-->");
  f.chart.config.raw = nlohmann::json::parse(R"({"theme": "forrest", "flowchart": {"curv": "linear"}})");
  const auto found = f.lint();
  REQUIRE(count_code(found, "M217") == 1);
  REQUIRE(count_code(found, "M218") == 1);
  for (const auto& d : found) {
    if (d.code == "M217") CHECK(d.message.find("`forest`") != std::string::npos);
    if (d.code == "M218") CHECK(d.message.find("`curve`") != std::string::npos);
  }
}

TEST_CASE("M217 and M218 quiet on known settings") {
  ChartFixture f("flowchart TD\nA-->B\n");
  f.edge("A", "B", "-->");
  f.chart.config.raw = nlohmann::json::parse(R"({"theme": "base", "themeVariables": {"primaryColor": "#fff"},
                                                 "flowchart": {"curve": "linear", "htmlLabels": false}})");
  const auto found = f.lint();
  CHECK(count_code(found, "M217") == 0);
  CHECK(count_code(found, "M218") == 0);
}

TEST_CASE("M204 once: mermaid stops at the first init directive that does not parse") {
  std::string text;
  for (int i = 0; i < 1000; ++i) text += "%%{init: {theme: dark}}%%\n";
  text += "flowchart TD\n  A --> B\n";
  ChartFixture f(text);
  const auto found = f.lint();
  CHECK(count_code(found, "M204") == 1);
}
