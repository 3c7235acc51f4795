#include <catch2/catch.hpp>

#include "render/text/font_measurer.hpp"
#include "render/text/font_resolver.hpp"

using namespace merrow;

TEST_CASE("family lists resolve like a browser: Arial -> Liberation Sans") {
  CHECK(resolve_font("arial", false, false).family == "Liberation Sans");
  CHECK(resolve_font("Helvetica", false, false).family == "Liberation Sans");
  CHECK(resolve_font("'Times New Roman', serif", false, false).family == "Liberation Serif");
  CHECK(resolve_font("\"Courier New\"", false, false).family == "Liberation Mono");
  // mermaid's default list: trebuchet and verdana are missing, arial is aliased.
  auto f = resolve_font("\"trebuchet ms\", verdana, arial, sans-serif", false, false);
  CHECK(f.family == "Liberation Sans");
  CHECK(f.file.find("LiberationSans-Regular") != std::string::npos);
  auto bold = resolve_font("arial", true, false);
  CHECK(bold.bold);
  CHECK(bold.file.find("LiberationSans-Bold") != std::string::npos);
  CHECK(resolve_font("nosuchfont, monospace", false, false).family.find("Mono") != std::string::npos);
}

TEST_CASE("family list parsing") {
  auto names = split_family_list(" \"trebuchet ms\", verdana ,'a b',sans-serif");
  REQUIRE(names.size() == 4);
  CHECK(names[0] == "trebuchet ms");
  CHECK(names[2] == "a b");
}

TEST_CASE("measurement: Generalforsamling at 16px Liberation Sans") {
  FontMeasurer m;
  FontSpec spec;
  // mermaid-ref lays out A["Generalforsamling"] as a 190.734 px wide node and
  // B["Bestyrelsen"] as 143.594 px: label width + 2 * 30 px padding.
  CHECK(m.width("Generalforsamling", spec) == Approx(190.734 - 60).margin(0.05));
  CHECK(m.width("Bestyrelsen", spec) == Approx(143.594 - 60).margin(0.05));
  CHECK(m.width("", spec) == 0);
  auto metrics = m.metrics(spec);
  CHECK(metrics.ascent == Approx(0.905 * 16).margin(0.05));
  FontSpec bold = spec;
  bold.bold = true;
  CHECK(m.width("Generalforsamling", bold) > m.width("Generalforsamling", spec));
}

TEST_CASE("fallback font for code points the chosen font lacks") {
  FontMeasurer m;
  FontSpec spec;
  auto runs = m.shape("a\u2665b", spec);  // Liberation Sans has no U+2665? DejaVu does
  double total = 0;
  for (auto& r : runs) total += r.advance;
  CHECK(total > m.width("ab", spec));
  for (auto& r : runs)
    for (auto& g : r.glyphs) CHECK(g.id != 0);
}
