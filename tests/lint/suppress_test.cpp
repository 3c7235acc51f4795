#include <catch2/catch.hpp>

#include "lint_helpers.hpp"

using merrow::test::ChartFixture;
using merrow::test::count_code;
using merrow::test::span_of;
using namespace merrow;

namespace {
ChartFixture unused_classdef(const std::string& text) {
  ChartFixture f(text);
  f.edge("A", "B", "-->");
  f.chart.class_defs.push_back({"unused", {}, span_of(f.text, "classDef unused")});
  return f;
}
// Lints `text` as if the parser had reported an unclosed '[' at its first '['.
std::vector<Diagnostic> lint_with_unclosed_bracket(const std::string& text) {
  ParseResult parse{Flowchart{}, "flowchart", true, {}};
  Diagnostic syntax;
  syntax.code = "M101";
  syntax.name = "unclosed-bracket";
  syntax.span = span_of(text, "[");
  parse.diagnostics.push_back(syntax);
  return lint::lint(parse, Source("x.mmd", text), {});
}

}  // namespace

TEST_CASE("merrow-disable-next-line hides that line's diagnostic") {
  auto f = unused_classdef("flowchart TD\nA-->B\n%% merrow-disable-next-line M213\nclassDef unused fill:red\n");
  const auto found = f.lint();
  CHECK(count_code(found, "M213") == 0);
  CHECK(count_code(found, "M230") == 0);
}

TEST_CASE("merrow-disable by name covers the whole diagram") {
  auto f = unused_classdef("flowchart TD\n%% merrow-disable unused-classdef\nA-->B\n\nclassDef unused fill:red\n");
  CHECK(f.lint().empty());
}

TEST_CASE("An unused suppression is reported with a safe fix that removes it") {
  auto f = unused_classdef("flowchart TD\n%% merrow-disable-next-line M213\nA-->B\nclassDef unused fill:red\n");
  const auto found = f.lint();
  CHECK(count_code(found, "M213") == 1);  // the comment is on the wrong line
  REQUIRE(count_code(found, "M230") == 1);
  for (const auto& d : found) {
    if (d.code != "M230") continue;
    REQUIRE(d.fix);
    CHECK(d.fix->safe);
    CHECK(f.text.substr(d.fix->edits[0].span.begin, d.fix->edits[0].span.end - d.fix->edits[0].span.begin) ==
          "%% merrow-disable-next-line M213\n");
  }
}

TEST_CASE("Syntax errors cannot be suppressed") {
  const std::string text = "flowchart TD\n%% merrow-disable\nA[x-->B\n";
  const auto found = lint_with_unclosed_bracket(text);
  CHECK(count_code(found, "M101") == 1);
}

TEST_CASE("Selection: ignore, select and severity overrides") {
  auto f = unused_classdef("flowchart TD\nA-->B\nclassDef unused fill:red\n");
  lint::LintOptions options;
  options.selection.ignore = {"unused-classdef"};
  CHECK(count_code(f.lint(options), "M213") == 0);
  options = {};
  options.selection.select = std::vector<std::string>{"M3"};
  CHECK(count_code(f.lint(options), "M213") == 0);
  options = {};
  options.selection.severity["M213"] = Severity::error;
  const auto found = f.lint(options);
  REQUIRE(count_code(found, "M213") == 1);
  CHECK(found[0].severity == Severity::error);
  options = {};
  options.selection.ignore = {"M999"};
  CHECK(options.selection.unknown_entries() == std::vector<std::string>{"M999"});
}

TEST_CASE("A parser diagnostic without a fix gains the obvious one") {
  const std::string text = "flowchart TD\n    A[foo --> B\n";
  const auto found = lint_with_unclosed_bracket(text);
  REQUIRE(found.size() == 1);
  REQUIRE(found[0].fix);
  CHECK(found[0].fix->message == "did you mean `A[foo] --> B`?");
  CHECK(found[0].fix->edits[0].span.begin == span_of(text, " -->").begin);
}
