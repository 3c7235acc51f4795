// Throughput guard: a 20,000-line generated flowchart must parse in linear
// time. The bound is loose (CPU time, shared CI machines); a backtracking or
// quadratic regression overshoots it by orders of magnitude.
#include <catch2/catch.hpp>

#include <ctime>
#include <initializer_list>
#include <iostream>
#include <string_view>

#include "flowchart_test_util.hpp"

namespace {

std::string generated_flowchart(int lines) {
  std::string t = "flowchart TD\n";
  // Appends piece by piece (GCC 12 warns falsely about `"lit" + std::string`).
  auto add = [&t](std::initializer_list<std::string_view> pieces) {
    for (std::string_view piece : pieces) t.append(piece);
  };
  for (int i = 0; i < lines; ++i) {
    const std::string index = std::to_string(i), following = std::to_string(i + 1);
    const std::string n = std::string("n").append(index);
    const std::string next = std::string("n").append(following);
    switch (i % 5) {
      case 0: add({"  ", n, "[Node ", n, "] --> ", next, "(Round label)\n"}); break;
      case 1: add({"  ", n, " -- a label --> ", next, "{Decision?}\n"}); break;
      case 2: add({"  ", n, "@{ shape: diam, label: \"Data node\" } -.-> ", next, "\n"}); break;
      case 3: add({"  style ", n, " fill:#f9f,stroke:#333,stroke-width:4px\n"}); break;
      default: add({"  ", n, "[\"quoted (text) [x]\"] ==>|yes| ", next, " & n0\n"}); break;
    }
  }
  return t;
}

}  // namespace

TEST_CASE("flowchart speed: 20,000 lines parse in linear time") {
  const std::string text = generated_flowchart(20000);
  merrow::Flowchart chart;
  std::vector<merrow::Diagnostic> diagnostics;
  const merrow::Source source("generated.mmd", text);
  const std::clock_t start = std::clock();
  merrow::parse_flowchart(source, 0, chart, diagnostics);
  const double seconds = static_cast<double>(std::clock() - start) / CLOCKS_PER_SEC;
  std::cout << "flowchart parse: " << text.size() / 1e6 << " MB in " << seconds * 1e3 << " ms CPU ("
            << text.size() / 1e6 / seconds << " MB/s)\n";
  // Only mermaid's maxEdges (which no diagram can raise) is reported; every link is kept.
  REQUIRE(diagnostics.size() == 1);
  CHECK(diagnostics.front().code == "M122");
  CHECK(chart.edges.size() == 20000);  // 4 linking lines in 5, two edges on the 5th
  CHECK(seconds < 2.0);
}
