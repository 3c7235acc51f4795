// The grammars count nodes, edges, nesting and label bytes while they build
// the model and stop at the statement that crosses a limit: M190 there (line
// and column of that statement), no model, and nothing read after it.
#include <catch2/catch.hpp>

#include <algorithm>
#include <optional>
#include <string>

#include "grammar/parse.hpp"
#include "lint/lint.hpp"

using namespace merrow;

namespace {

struct Stop {
  ParseResult parsed;
  std::optional<Diagnostic> limit;  // the M190, if any
  Position at;
};

Stop parse_with(const std::string& text, const Limits& limits) {
  const Source source("limits.mmd", text);
  Stop stop{parse_diagram(source, limits), std::nullopt, {}};
  const auto& ds = stop.parsed.diagnostics;
  const auto it = std::find_if(ds.begin(), ds.end(), [](const Diagnostic& d) { return d.code == "M190"; });
  if (it != ds.end()) {
    stop.limit = *it;
    stop.at = source.position(it->span.begin);
  }
  return stop;
}

bool names_flag(const Diagnostic& d, const std::string& flag) {
  return std::any_of(d.notes.begin(), d.notes.end(),
                     [&](const Note& note) { return note.message.find(flag) != std::string::npos; });
}

// One limit crossed mid-text. Each text ends with a broken statement that
// must never be read.
struct Crossing {
  const char* what;
  const char* text;
  uint64_t Limits::*field;
  uint64_t limit;
  uint32_t line, column;  // of the statement that crossed it
  const char* message;
  const char* flag;
};

const Crossing kCrossings[] = {
    {"flowchart: the node past the limit", "flowchart TD\n  A --> B\n  C --> D\n  E --> F\n  G[never closed\n",
     &Limits::max_nodes, 3, 3, 9, "the diagram has more than the limit of 3 nodes; merrow stopped reading it here",
     "--max-nodes"},
    {"flowchart: the edge past the limit, at its link",
     "flowchart LR\n  A --> B --> C\n  C -.-> D\n  D --> E\n  G[never closed\n", &Limits::max_edges, 2, 3, 5,
     "the diagram has more than the limit of 2 edges; merrow stopped reading it here", "--max-edges"},
    {"flowchart: the subgraph past the nesting limit, at its title",
     "flowchart TD\nsubgraph one\n  subgraph two\n    subgraph three\n      x\n    end\n  end\nend\nG[never closed\n",
     &Limits::max_nesting, 2, 4, 14,
     "the diagram has more than the limit of 2 levels of nesting; merrow stopped reading it here", "--max-nesting"},
    {"flowchart: a label past the limit, at its vertex",
     "flowchart TD\n  A[four] --> B\n  C[five!] --> D\nG[never closed\n", &Limits::max_label_bytes, 4, 3, 3,
     "the diagram has 5 bytes in one label, more than the limit of 4", "--max-label-bytes"},
    {"mindmap: the node past the limit", "mindmap\n  root\n    a\n    b\n    c\n    d[never closed\n",
     &Limits::max_nodes, 2, 4, 5, "the diagram has more than the limit of 2 nodes; merrow stopped reading it here",
     "--max-nodes"},
    {"mindmap: the node past the nesting limit", "mindmap\nroot\n a\n  b\n   c\n    d[never closed\n",
     &Limits::max_nesting, 2, 5, 4,
     "the diagram has more than the limit of 2 levels of nesting; merrow stopped reading it here", "--max-nesting"},
    {"mindmap: a label past the limit, at its node", "mindmap\n  root\n    a[twelve bytes]\n    d[never closed\n",
     &Limits::max_label_bytes, 11, 3, 5, "the diagram has 12 bytes in one label, more than the limit of 11",
     "--max-label-bytes"},
};

}  // namespace

TEST_CASE("a limit crossed mid-text stops the parse at that statement", "[hostile]") {
  for (const Crossing& c : kCrossings) {
    DYNAMIC_SECTION(c.what) {
      Limits limits;
      limits.*c.field = c.limit;
      const Stop stop = parse_with(c.text, limits);
      REQUIRE(stop.limit);
      CHECK(stop.limit->severity == Severity::error);
      CHECK(stop.limit->message == c.message);
      CHECK(names_flag(*stop.limit, c.flag));
      CHECK(stop.at.line == c.line);
      CHECK(stop.at.column == c.column);
      CHECK(std::holds_alternative<std::monostate>(stop.parsed.diagram));
      CHECK_FALSE(stop.parsed.ok());
      CHECK(std::count_if(stop.parsed.diagnostics.begin(), stop.parsed.diagnostics.end(),
                          [](const Diagnostic& d) { return d.code == "M190"; }) == 1);
      // Nothing after it was read: the broken last statement is not reported.
      CHECK(stop.parsed.diagnostics.back().code == "M190");
    }
  }
}

TEST_CASE("flowchart: exactly at the limits the whole chart is read", "[hostile]") {
  Limits limits;
  limits.max_nodes = 2;  // A and B: S is the subgraph the edge points at, not a node
  limits.max_edges = 1;
  limits.max_nesting = 1;
  const auto stop = parse_with("flowchart TD\n  A --> S\n  subgraph S\n    B\n  end\n", limits);
  CHECK_FALSE(stop.limit);
  const auto* chart = std::get_if<Flowchart>(&stop.parsed.diagram);
  REQUIRE(chart);
  CHECK(chart->nodes.size() == 2);
  CHECK(chart->edges.size() == 1);
}

TEST_CASE("no lint rule runs on a diagram stopped by a limit", "[hostile]") {
  // An unused classDef and a class never defined would be findings on a whole model.
  const std::string text = "flowchart TD\n  classDef unused fill:#f00\n  A --> B\n  C --> D\n  A:::missing\n";
  const Source source("limits.mmd", text);
  lint::LintOptions options;
  options.limits.max_nodes = 3;
  const ParseResult parsed = parse_diagram(source, options.limits);
  const auto found = lint::lint(parsed, source, options);
  REQUIRE(std::any_of(found.begin(), found.end(), [](const Diagnostic& d) { return d.code == "M190"; }));
  for (const auto& d : found) {
    CAPTURE(d.code, d.message);
    CHECK(std::any_of(parsed.diagnostics.begin(), parsed.diagnostics.end(),
                      [&](const Diagnostic& p) { return p.code == d.code; }));
  }
}
