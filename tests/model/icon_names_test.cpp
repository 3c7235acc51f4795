// Font Awesome 5/6 names -> the 4.7 glyph (issue 13 point 9), against a
// stand-in for the 4.7 stylesheet's names.
#include <catch2/catch.hpp>

#include <set>
#include <string>

#include "model/icon_names.hpp"

using merrow::font_awesome_4_name;

namespace {
const std::set<std::string, std::less<>> k47 = {"line-chart", "home",     "clock-o",      "check-circle",
                                                "car",        "exchange", "plus-square-o", "android"};
bool has(std::string_view name) { return k47.count(name) > 0; }
}  // namespace

TEST_CASE("icon names: a 4.7 name is itself") { CHECK(font_awesome_4_name("car", has) == "car"); }

TEST_CASE("icon names: renamed icons map back to 4.7 (Font Awesome's upgrade lists)") {
  CHECK(font_awesome_4_name("chart-line", has) == "line-chart");  // FA5 and 6
  CHECK(font_awesome_4_name("house", has) == "home");             // FA6
  CHECK(font_awesome_4_name("right-left", has) == "exchange");    // FA6
  CHECK(font_awesome_4_name("exchange-alt", has) == "exchange");  // FA5
  CHECK(font_awesome_4_name("robot", has) == "android");          // nearest glyph, no 4.7 robot
}

TEST_CASE("icon names: the regular patterns (-o outlines, -alt, circle-X)") {
  CHECK(font_awesome_4_name("clock", has) == "clock-o");           // FA5 `far fa-clock`
  CHECK(font_awesome_4_name("circle-check", has) == "check-circle");  // FA6 order
  CHECK(font_awesome_4_name("square-plus", has) == "plus-square-o");
  CHECK(font_awesome_4_name("car-alt", has) == "car");
}

TEST_CASE("icon names: no equivalent, no guess") {
  CHECK_FALSE(font_awesome_4_name("nonexistent-thing", has));
  CHECK_FALSE(font_awesome_4_name("", has));
  // A table target the font lacks is not returned.
  CHECK_FALSE(font_awesome_4_name("chart-pie", has));
}
