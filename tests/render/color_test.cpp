#include <catch2/catch.hpp>

#include "render/color/css_color.hpp"
#include "render/color/hsl.hpp"

using namespace merrow;

namespace {
std::string css(std::string_view text) {
  auto c = parse_css_color(text);
  return c ? to_css(*c) : "none";
}
}  // namespace

TEST_CASE("css colours: hex forms") {
  CHECK(css("#f9f") == "#ff99ff");
  CHECK(css("#ECECFF") == "#ececff");
  CHECK(css("#ff000080") == "rgba(255, 0, 0, 0.501961)");
  CHECK(css("#f008") == "rgba(255, 0, 0, 0.533333)");
  CHECK(css("#12345") == "none");
  CHECK(css("#ggg") == "none");
}

TEST_CASE("css colours: functions, names, keywords") {
  CHECK(css("rgb(232,232,232)") == "#e8e8e8");
  CHECK(css("rgba(232,232,232, 0.8)") == "rgba(232, 232, 232, 0.8)");
  CHECK(css("rgb(100% 0% 0% / 50%)") == "rgba(255, 0, 0, 0.5)");
  CHECK(css("hsl(240, 100%, 76.2745098039%)") == "#8686ff");
  CHECK(css("hsla(120, 100%, 50%, 0.25)") == "rgba(0, 255, 0, 0.25)");
  CHECK(css("RebeccaPurple") == "#663399");
  CHECK(css("lightgrey") == "#d3d3d3");
  CHECK(css(" white !important ") == "#ffffff");
  CHECK(css("transparent") == "rgba(0, 0, 0, 0)");
  CHECK(css("notacolour") == "none");
  CHECK(css("rgb(1,2)") == "none");
  CHECK(css("") == "none");
}

TEST_CASE("khroma arithmetic matches mermaid's derived values") {
  // theme-base: mkBorder(#fff4dd) = adjust(s -40, l -10) -> hsl(40.588, 60%, 83.333%)
  Color primary = *parse_css_color("#fff4dd");
  Hsl border = to_hsl(adjust(primary, 0, -40, -10));
  CHECK(border.h == Approx(40.5882352941));
  CHECK(border.s == Approx(60));
  CHECK(border.l == Approx(83.3333333333));
  CHECK(to_css(invert(*parse_css_color("#333"))) == "#cccccc");
  CHECK(to_hsl(darken(primary, 25)).l == Approx(68.3333333333));
}
