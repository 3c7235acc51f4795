// layout_json writes its numbers from an integer (layout/layout_json.cpp):
// the bytes must be what printf("%.2f") of round(v * 100) / 100 with
// trailing zeros dropped gave, for every value a layout can hold.
#include <catch2/catch.hpp>

#include <cmath>
#include <iomanip>
#include <limits>
#include <random>
#include <sstream>

#include "layout/layout_json.hpp"

using namespace merrow;

namespace {

// The reference: iostream's fixed notation (printf's %.2f conversion).
std::string printf_number(double value) {
  const double hundredths = std::round(value * 100) / 100;
  std::ostringstream text;
  text << std::fixed << std::setprecision(2) << (std::isfinite(hundredths) && hundredths != 0 ? hundredths : 0.0);
  std::string s = text.str();
  s.erase(s.find_last_not_of('0') + 1);  // "%.2f" always has the point: zeros after it only
  if (s.back() == '.') s.pop_back();
  return s;
}

// The JSON of a layout whose width is `value`: {"width":<value>,...
std::string json_number(double value) {
  LayoutResult layout;
  layout.width = value;
  const std::string json = layout_json(layout);
  const size_t begin = json.find(':') + 1;
  return json.substr(begin, json.find(',') - begin);
}

}  // namespace

TEST_CASE("layout json: numbers are printf's %.2f of the value rounded to hundredths") {
  for (double v : {0.0, -0.0, 0.004, -0.004, 0.005, -0.005, 0.015, 1.005, 2.675, -2.675, 0.1, 0.25, 10.5, -7.0,
                   123456789.125, 99999999999.995, 1e12, -1e12, 1e13, 3e14, 1e15, 1e300, -1e300, 1e-300,
                   std::numeric_limits<double>::quiet_NaN(), std::numeric_limits<double>::infinity(),
                   -std::numeric_limits<double>::infinity(), std::numeric_limits<double>::max()})
    CHECK(json_number(v) == printf_number(v));
  CHECK(json_number(0.005) == "0.01");
  CHECK(json_number(-0.004) == "0");
  CHECK(json_number(12.3) == "12.3");
  CHECK(json_number(-40) == "-40");

  std::mt19937_64 random(15);
  std::uniform_real_distribution<double> unit(-1, 1);
  for (int i = 0; i < 200000; ++i) {
    const double scale = std::pow(10.0, static_cast<int>(random() % 16) - 4);
    double v = unit(random) * scale;
    if (i % 3 == 0) v = std::round(v * 1000) / 1000;  // thousandths: ties at the rounding digit
    if (i % 5 == 0) v = static_cast<double>(random() % 2000000) / 200.0 - 5000 + 0.005 * (i % 2);
    REQUIRE(json_number(v) == printf_number(v));
  }
}
