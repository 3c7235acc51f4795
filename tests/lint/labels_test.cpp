#include <catch2/catch.hpp>

#include <algorithm>

#include "lint/lint_file.hpp"
#include "lint_helpers.hpp"

using merrow::test::ChartFixture;
using merrow::test::count_code;
using merrow::test::span_of;
using namespace merrow;

namespace {
std::vector<lint::LocatedDiagnostic> lint_chart(const std::string& text) {
  return lint::lint_text("t.mmd", text, lint::FileKind::diagram, {}).diagnostics;
}
size_t count_located(const std::vector<lint::LocatedDiagnostic>& found, std::string_view code) {
  return static_cast<size_t>(std::count_if(found.begin(), found.end(), [&](const auto& d) { return d.code == code; }));
}
}  // namespace

TEST_CASE("M214 one id, two labels") {
  const auto found = lint_chart("flowchart TD\nA[Start]-->B\nA[Begin]-->C\n");
  REQUIRE(count_located(found, "M214") == 1);
  CHECK(found[0].message.find("\"Start\" on line 2") != std::string::npos);
  CHECK(found[0].start.line == 3);
}

TEST_CASE("M214 sees labels written in @{ label: } and markdown strings too") {
  CHECK(count_located(lint_chart("flowchart TD\nA[Start]-->B\nA@{ label: \"Begin\" }\n"), "M214") == 1);
  CHECK(count_located(lint_chart("flowchart TD\nA[\"`**Start**`\"]-->B\nA[End]\n"), "M214") == 1);
}

TEST_CASE("M214 repeating the same label or using the bare id is fine") {
  CHECK(count_located(lint_chart("flowchart TD\nA[\"Start\"]-->B\nA[Start]-->C\nA-->D\n"), "M214") == 0);
}

TEST_CASE("M215 A---oB reads as a circle edge to B") {
  ChartFixture f("flowchart LR\nA---oB\n");
  f.edge("A", "B", "---o").head_end = Head::circle;
  const auto found = f.lint();
  REQUIRE(count_code(found, "M215") == 1);
  REQUIRE(found[0].fix);
  CHECK_FALSE(found[0].fix->safe);
  CHECK(found[0].fix->edits[0].replacement == " ");
}

TEST_CASE("M215 is quiet for a spaced circle edge") {
  ChartFixture f("flowchart LR\nA --o B\n");
  f.edge("A", "B", " --o ").head_end = Head::circle;
  CHECK(count_code(f.lint(), "M215") == 0);
}

TEST_CASE("M215 is quiet for A--xB when B is a node in its own right") {
  ChartFixture f("flowchart LR\nA--xB\nB-->C\n");
  f.edge("A", "B", "--x").head_end = Head::cross;
  f.edge("B", "C", "-->");
  CHECK(count_code(f.lint(), "M215") == 0);
}

TEST_CASE("M215 flags A--xB when a node xB exists elsewhere") {
  ChartFixture f("flowchart LR\nA--xB\nxB-->B\n");
  f.edge("A", "B", "--x").head_end = Head::cross;
  f.edge("xB", "B", "-->", 0);
  CHECK(count_code(f.lint(), "M215") == 1);
}

TEST_CASE("M214 ignores an id mentioned inside another node's label") {
  CHECK(count_located(lint_chart("flowchart LR\nA[Start]-->B[calls A(x)]\n"), "M214") == 0);
  CHECK(count_located(lint_chart("flowchart LR\nA[Start]-->B[\"A[Other]\"]\n"), "M214") == 0);
}
