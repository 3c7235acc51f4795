// Mirrors layout/curve.cpp and layout/curve_sample.cpp.
#include <catch2/catch.hpp>

#include <cmath>

#include "layout/result.hpp"

using namespace merrow;

TEST_CASE("curve names as mermaid writes them") {
  CHECK(curve_from_name("basis") == Curve::basis);
  CHECK(curve_from_name("monotoneX") == Curve::monotone_x);
  CHECK(curve_from_name("stepBefore") == Curve::step_before);
  CHECK(curve_from_name("nonsense") == Curve::basis);
}

TEST_CASE("every curve starts and ends on the polyline's ends") {
  const std::vector<Point> points = {{0, 0}, {10, 20}, {30, 25}, {30, 60}};
  for (int c = 0; c <= static_cast<int>(Curve::bump_y); ++c) {
    const Path path = curve_path(points, static_cast<Curve>(c));
    const std::vector<Point> samples = sample_path(path, 5);
    REQUIRE(samples.size() >= 2);
    CHECK(samples.front().x == Approx(0));
    CHECK(samples.front().y == Approx(0));
    CHECK(samples.back().x == Approx(30));
    CHECK(samples.back().y == Approx(60));
  }
}

TEST_CASE("basis is d3's: move, line to the first sixth, then cubics") {
  const Path path = curve_path({{0, 0}, {60, 0}, {60, 60}}, Curve::basis);
  REQUIRE(path.size() == 5);
  CHECK(path[1].kind == PathCommand::Kind::line);
  CHECK(path[1].p[0].x == Approx(10));
  CHECK(path[2].kind == PathCommand::Kind::cubic);
  CHECK(path[2].p[2].x == Approx((0 + 4 * 60 + 60) / 6.0));
}

TEST_CASE("step turns half way") {
  const Path path = curve_path({{0, 0}, {10, 10}}, Curve::step);
  REQUIRE(path.size() == 4);
  CHECK(path[1].p[0].x == 5);
  CHECK(path[1].p[0].y == 0);
  CHECK(path[2].p[0].y == 10);
}

TEST_CASE("a straight line is sampled every step px, end included") {
  const std::vector<Point> samples = sample_path(curve_path({{0, 0}, {0, 12}}, Curve::linear), 5);
  REQUIRE(samples.size() == 4);
  CHECK(samples[1].y == Approx(5));
  CHECK(samples[2].y == Approx(10));
  CHECK(samples[3].y == Approx(12));
}

TEST_CASE("a basis curve's samples are about step apart") {
  const Path path = curve_path({{0, 0}, {50, 40}, {0, 80}, {40, 120}}, Curve::basis);
  const std::vector<Point> samples = sample_path(path, 5);
  for (size_t i = 1; i + 1 < samples.size(); ++i) {
    const double d = std::hypot(samples[i].x - samples[i - 1].x, samples[i].y - samples[i - 1].y);
    CHECK(d == Approx(5).margin(0.1));
  }
}
