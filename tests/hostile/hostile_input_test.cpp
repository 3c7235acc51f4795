// Hostile and broken input: each case ends in a clear diagnostic or a correct
// result, never a crash, a hang or unbounded memory. run_pipeline checks every
// stage's contracts on the way; the cases check what the user gets.
// Cases named "(slow)" are hidden ([.slow]): ctest does not run them, run them
// with `test_hostile [slow]` in a Release build (seconds to minutes each;
// docs/performance.md records their time and peak memory).
#include <catch2/catch.hpp>

#include <algorithm>
#include <string>

#include "generated_diagrams.hpp"
#include "pipeline.hpp"

using namespace std::string_literals;
using merrow::Flowchart;
using merrow::hostile::run_pipeline;

namespace {

const Flowchart* flowchart_of(const merrow::hostile::Outcome& outcome) {
  return std::get_if<Flowchart>(&outcome.parsed.diagram);
}

}  // namespace

TEST_CASE("100,000 nested subgraphs parse without deep recursion (slow)", "[hostile][.slow]") {
  const auto outcome = run_pipeline(merrow::generated::nested_subgraphs(100'000));
  const Flowchart* chart = flowchart_of(outcome);
  REQUIRE(chart);
  // Exactly at the default nesting limit: parse and lint find nothing wrong.
  const auto is_error = [](const merrow::Diagnostic& d) { return d.severity == merrow::Severity::error; };
  CHECK(std::none_of(outcome.parsed.diagnostics.begin(), outcome.parsed.diagnostics.end(), is_error));
  CHECK(std::none_of(outcome.lint.begin(), outcome.lint.end(), is_error));
  REQUIRE(chart->subgraphs.size() == 100'000);
  CHECK(chart->subgraphs.back().parent == 99'998u);
  CHECK(outcome.laid_out);
  // Each level pads its cluster, so the drawing is millions of pixels on a
  // side: the pixel limit, and only it, stops it before a surface is made.
  CHECK(outcome.limits.size() == 1);
  CHECK(outcome.raise_hint().find("--max-output-pixels") != std::string::npos);
}

TEST_CASE("nesting past the limit is reported with the flag that raises it") {
  merrow::Limits limits;
  limits.max_nesting = 1'000;
  const auto outcome = run_pipeline(merrow::generated::nested_subgraphs(1'001), limits);
  CHECK(outcome.reports("M190"));
  CHECK(outcome.raise_hint().find("--max-nesting") != std::string::npos);
  CHECK_FALSE(outcome.laid_out);
}

TEST_CASE("a 10 MB label is refused by the label limit", "[hostile]") {
  const auto outcome = run_pipeline("flowchart TD\n  A[\"" + std::string(10'000'000, 'x') + "\"] --> B\n");
  CHECK(outcome.reports("M190"));
  CHECK(outcome.raise_hint().find("--max-label-bytes") != std::string::npos);
  CHECK_FALSE(outcome.laid_out);
}

TEST_CASE("a 1,000,000-node chain stops at the node limit, where it is crossed", "[hostile]") {
  // The parser stops at node 200,001 (n200000, line 200,001) instead of
  // building the whole chain first: ~0.5 s and <200 MB in Release.
  const std::string text = merrow::generated::chain(1'000'000);
  const auto outcome = run_pipeline(text);
  REQUIRE(outcome.limits.size() == 1);
  CHECK(outcome.limits[0].message.find("more than the limit of 200000 nodes") != std::string::npos);
  CHECK(outcome.raise_hint().find("--max-nodes") != std::string::npos);
  const merrow::Position at = merrow::Source("chain.mmd", text).position(outcome.limits[0].span.begin);
  CHECK(at.line == 200'001);
  CHECK(at.column == 13);  // n199999 --> n200000
  CHECK(std::holds_alternative<std::monostate>(outcome.parsed.diagram));
  CHECK_FALSE(outcome.laid_out);
}

TEST_CASE("100,000 edges into one node stop at mermaid's edge limit", "[hostile]") {
  const auto outcome = run_pipeline(merrow::generated::fan_in(100'000));
  CHECK(outcome.reports("M122"));  // mermaid: "Edge limit exceeded" past maxEdges (500)
  CHECK_FALSE(outcome.laid_out);
}

TEST_CASE("an init directive's maxEdges does not lift mermaid's edge limit (slow)", "[hostile][.slow]") {
  // maxEdges is a `secure` key in mermaid: only the site's config raises it.
  const auto outcome = run_pipeline("%%{init: {\"maxEdges\": 200000}}%%\n" + merrow::generated::fan_in(100'000));
  const Flowchart* chart = flowchart_of(outcome);
  REQUIRE(chart);
  CHECK(chart->nodes.size() == 100'001);
  CHECK(chart->edges.size() == 100'000);
  CHECK(outcome.reports("M122"));
}

TEST_CASE("a 1 MB line (a node id of 1 MiB) parses; its drawing hits the pixel limit", "[hostile]") {
  const auto outcome = run_pipeline("flowchart LR\n" + std::string(1024 * 1024, 'x') + " --> B\n");
  const Flowchart* chart = flowchart_of(outcome);
  REQUIRE(chart);
  CHECK(chart->nodes.size() == 2);
  // 1 MiB of text is ~8 million px wide at 16 px: far over 100 megapixels.
  CHECK(outcome.laid_out);
  CHECK(outcome.raise_hint().find("--max-output-pixels") != std::string::npos);
}

TEST_CASE("invalid UTF-8 is an encoding error, whatever the sequence", "[hostile]") {
  for (const std::string& bad : {"\xff"s, "\xc0\xaf"s, "\xed\xa0\x80"s, "\xe2\x82"s, "\xf8\x88\x80\x80\x80"s}) {
    CAPTURE(bad);
    const auto outcome = run_pipeline("flowchart TD\n  A[caf" + bad + "] --> B\n");
    CHECK(outcome.reports("M001"));
    CHECK(outcome.has_error());
  }
}

TEST_CASE("NUL bytes are an encoding error", "[hostile]") {
  const auto outcome = run_pipeline("flowchart TD\n  A[a\0b] --> B\0\n"s);
  CHECK(outcome.reports("M002"));
}

TEST_CASE("a byte order mark is skipped", "[hostile]") {
  const auto outcome = run_pipeline("\xEF\xBB\xBF" "flowchart TD\n  A --> B\n");
  const Flowchart* chart = flowchart_of(outcome);
  REQUIRE(chart);
  CHECK_FALSE(outcome.has_error());
  CHECK(chart->nodes.size() == 2);
  CHECK(chart->edges.size() == 1);
  CHECK(outcome.rendered);
}

TEST_CASE("mixed CRLF and LF line ends read as one diagram", "[hostile]") {
  const auto outcome = run_pipeline("flowchart TD\r\n  A --> B\n  B --> C\r\n  C --> A\n");
  const Flowchart* chart = flowchart_of(outcome);
  REQUIRE(chart);
  CHECK_FALSE(outcome.has_error());
  CHECK(chart->nodes.size() == 3);
  CHECK(chart->edges.size() == 3);
  CHECK(chart->nodes[0].id == "A");
  CHECK(chart->nodes[2].id == "C");  // no '\r' glued to an id
  CHECK(outcome.rendered);
}

TEST_CASE("a diagram of comments only is an empty diagram", "[hostile]") {
  const auto outcome = run_pipeline("%% first\n%% second\n  %%{init: {\"theme\": \"dark\"}}%%\n");
  CHECK(std::holds_alternative<std::monostate>(outcome.parsed.diagram));
  CHECK(outcome.reports("M003"));
}

TEST_CASE("front matter that never closes is an error", "[hostile]") {
  const auto outcome = run_pipeline("---\ntitle: never closed\nflowchart TD\n  A --> B\n");
  CHECK(outcome.reports("M203"));
  CHECK(outcome.has_error());
}

TEST_CASE("an init directive with 10,000 nested braces does not overflow", "[hostile]") {
  std::string deep;
  for (int i = 0; i < 10'000; ++i) deep += "{\"a\": ";
  deep += "1" + std::string(10'000, '}');
  SECTION("balanced: valid JSON, the diagram still parses") {
    const auto outcome = run_pipeline("%%{init: " + deep + "}%%\nflowchart TD\n  A --> B\n");
    const Flowchart* chart = flowchart_of(outcome);
    REQUIRE(chart);
    CHECK(chart->nodes.size() == 2);
  }
  SECTION("never closed: a diagnostic at most, the diagram still parses") {
    const auto outcome = run_pipeline("%%{init: " + std::string(10'000, '{') + "}%%\nflowchart TD\n  A --> B\n");
    const Flowchart* chart = flowchart_of(outcome);
    REQUIRE(chart);
    CHECK(chart->nodes.size() == 2);
  }
}

TEST_CASE("deeply nested markdown in a label is laid out", "[hostile]") {
  std::string open, close;
  for (int i = 0; i < 5'000; ++i) {
    open += "**_";
    close = "_**" + close;
  }
  const auto outcome = run_pipeline("flowchart TD\n  A[\"`" + open + "deep" + close + "`\"] --> B\n");
  const Flowchart* chart = flowchart_of(outcome);
  REQUIRE(chart);
  CHECK(chart->nodes[0].label.format == merrow::LabelFormat::markdown);
  CHECK(outcome.laid_out);
  CHECK(outcome.rendered);
}
