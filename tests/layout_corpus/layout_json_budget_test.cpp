// The layout JSON stays proportionate to the chart: tens of thousands of
// parallel edges each run as long as the drawing is tall, so sampling every
// 5 px asked for billions of points (spec-flow-huge-19: 47,917 edges between
// two nodes hung `merrow layout` past 9 GB). The step stretches to keep the
// samples within kMaxLayoutJsonPoints; small charts keep the 5 px step.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>
#include <string>

#include "grammar/parse.hpp"
#include "layout/layout.hpp"
#include "layout/layout_json.hpp"
#include "layout/text/text_measurer.hpp"

using namespace merrow;

namespace {

size_t sampled_points(const std::string& text, double* longest_gap = nullptr) {
  const ParseResult parsed = parse_diagram(Source("parallel.mmd", text));
  const auto* chart = std::get_if<Flowchart>(&parsed.diagram);
  REQUIRE(chart != nullptr);
  const FixedWidthMeasurer measurer;
  const auto json = nlohmann::json::parse(layout_json(layout_flowchart(*chart, measurer)));
  size_t points = 0;
  for (const auto& edge : json["edges"]) {
    points += edge["points"].size();
    for (size_t i = 1; longest_gap && i < edge["points"].size(); ++i) {
      const double dx = edge["points"][i][0].get<double>() - edge["points"][i - 1][0].get<double>();
      const double dy = edge["points"][i][1].get<double>() - edge["points"][i - 1][1].get<double>();
      *longest_gap = std::max(*longest_gap, std::hypot(dx, dy));
    }
  }
  return points;
}

std::string parallel_edges(size_t pairs) {
  std::string text = "graph LR;";
  for (size_t i = 0; i < pairs; ++i) text += "A-->B;B-->A;";
  return text;
}

}  // namespace

TEST_CASE("layout JSON of thousands of parallel edges stays within the sample budget") {
  // 6,000 edges about 120,000 px long: 144 M samples at 5 px without the budget.
  const size_t points = sampled_points(parallel_edges(3000));
  CHECK(points <= static_cast<size_t>(kMaxLayoutJsonPoints) + 2 * 6000);
  CHECK(points >= 6000 * 2);  // every edge keeps its two ends
}

TEST_CASE("layout JSON of a small chart keeps the 5 px step") {
  double gap = 0;
  sampled_points("graph TD\n  A --> B --> C\n  A --> C\n", &gap);
  CHECK(gap > 0);
  CHECK(gap <= 5.01);
}
