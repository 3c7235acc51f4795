// The SVG writer (render/svg/): number and colour printing, paths with their
// paint attributes, text as deduplicated glyph outlines, groups and links,
// and the fitted size. backend_test.cpp checks the whole document (safety,
// determinism, rsvg-convert against our PNG).
#include <catch2/catch.hpp>

#include <charconv>
#include <cmath>
#include <cstdint>
#include <regex>
#include <string>

#include "render/svg/glyph_defs.hpp"
#include "render/svg/svg_text.hpp"
#include "render/svg/svg_writer.hpp"

using namespace merrow;

namespace {

const FontMeasurer& fonts() {
  static FontMeasurer m;
  return m;
}

std::string number(double v, int decimals = 3) {
  std::string out;
  svg::append_number(out, v, decimals);
  return out;
}

size_t count(const std::string& text, const std::string& what) {
  size_t n = 0;
  for (size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
  return n;
}

Scene text_scene(const std::string& text, FontSpec font = {}) {
  Scene scene;
  scene.width = 200;
  scene.height = 50;
  TextItem item;
  item.text = text;
  item.font = font;
  item.color = Color{0.2, 0.2, 0.2, 1};
  item.origin = {10, 30};
  scene.items.push_back(item);
  return scene;
}

}  // namespace

TEST_CASE("svg numbers: fixed precision, no trailing zeros, no -0, never nan") {
  CHECK(number(2) == "2");
  CHECK(number(1.5) == "1.5");
  CHECK(number(0.1 + 0.2) == "0.3");
  CHECK(number(876.1054688) == "876.105");
  CHECK(number(-0.0001) == "0");
  CHECK(number(-12.25) == "-12.25");
  CHECK(number(1234.56789, 1) == "1234.6");
  CHECK(number(std::nan("")) == "0");
  CHECK(number(1e300) == "0");  // beyond what to_chars fits in the buffer: not a drawing
}

TEST_CASE("svg numbers: the integer fast path prints what to_chars' exact rounding prints") {
  const auto exact = [](double v, int decimals) {
    char buffer[64];
    auto end = std::to_chars(buffer, buffer + sizeof buffer, v, std::chars_format::fixed, decimals).ptr;
    std::string text(buffer, end);
    if (text.find('.') != std::string::npos) {
      while (text.back() == '0') text.pop_back();
      if (text.back() == '.') text.pop_back();
    }
    return text == "-0" ? std::string("0") : text;
  };
  uint64_t state = 42;
  const auto next = [&state] {  // xorshift: reproducible values of every magnitude
    state ^= state << 13;
    state ^= state >> 7;
    state ^= state << 17;
    return state;
  };
  size_t checked = 0;
  for (int i = 0; i < 200000; ++i) {
    const double magnitude = std::pow(10.0, static_cast<double>(next() % 12) - 4);
    double v = (static_cast<double>(next() % 2000001) - 1000000) / 1000000 * magnitude;
    if (i % 4 == 0) v = std::round(v * 1000) / 1000 + (i % 8 == 0 ? 0.0005 : 0);  // ties and near-ties
    for (int decimals : {1, 3, 6}) {
      CAPTURE(v, decimals);
      if (number(v, decimals) != exact(v, decimals)) CHECK(number(v, decimals) == exact(v, decimals));
      ++checked;
    }
  }
  CHECK(checked == 600000);
}

TEST_CASE("svg colours and escaping") {
  std::string out;
  svg::append_hex_color(out, Color{1, 0.5, 0, 0.3});
  CHECK(out == "#ff8000");
  out.clear();
  svg::append_paint(out, "fill", Color{0, 0, 1, 0.5}, 0.5);
  CHECK(out == R"( fill="#0000ff" fill-opacity="0.25")");
  out.clear();
  svg::append_paint(out, "stroke", Color{0, 0, 0, 1}, 1);
  CHECK(out == R"( stroke="#000000")");
  out.clear();
  svg::append_escaped(out, R"(<a href="x" onload='y'>&)");
  CHECK(out == "&lt;a href=&quot;x&quot; onload=&#39;y&#39;&gt;&amp;");
}

TEST_CASE("svg paths carry fill, stroke, dash, caps and opacity") {
  Scene scene;
  scene.width = 100;
  scene.height = 100;
  PathItem item;
  item.path = {{PathCommand::Kind::move, {{0, 0}}},
               {PathCommand::Kind::line, {{10.5, 0}}},
               {PathCommand::Kind::cubic, {{20, 0}, {20, 10}, {20, 20}}},
               {PathCommand::Kind::close, {}}};
  item.fill = Color{1, 1, 1, 1};
  item.stroke = StrokeStyle{Color{0, 0, 0, 1}, 2, {3, 3}, StrokeStyle::Cap::round, StrokeStyle::Join::miter};
  item.opacity = 0.5;
  scene.items.push_back(item);
  PathItem unpainted = item;
  unpainted.fill.reset();
  unpainted.stroke.reset();
  scene.items.push_back(unpainted);  // neither filled nor stroked: not written
  const std::string svg = write_svg(scene, 1, std::nullopt, fonts());
  CHECK(svg.find(R"(<path d="M0 0L10.5 0C20 0 20 10 20 20Z" fill="#ffffff" fill-opacity="0.5" stroke="#000000" stroke-opacity="0.5" stroke-width="2" stroke-dasharray="3,3" stroke-linecap="round" stroke-miterlimit="10"/>)") !=
        std::string::npos);
  CHECK(count(svg, "<path") == 1);
}

TEST_CASE("svg text is glyph outlines: one definition per glyph, a <use> per drawn glyph") {
  const std::string svg = write_svg(text_scene("abba a"), 1, std::nullopt, fonts());
  if (fonts().resolved({}).file.empty()) {
    WARN("no font installed: skipped");
    return;
  }
  CHECK(count(svg, "<text") == 1);  // the invisible copy of the label (svg_ids_text_test.cpp)
  const std::regex def(R"re(<path id="merrow-[0-9a-f]+-g\d+-\d+")re");
  CHECK(std::distance(std::sregex_iterator(svg.begin(), svg.end(), def), std::sregex_iterator()) == 2);  // a and b; the space has no ink
  CHECK(count(svg, "<use xlink:href=\"#merrow-") == 5);
  // Every reference points at a definition.
  const std::regex use(R"re(xlink:href="#([^"]+)")re");
  for (auto it = std::sregex_iterator(svg.begin(), svg.end(), use); it != std::sregex_iterator(); ++it)
    CHECK(svg.find("id=\"" + (*it)[1].str() + "\"") != std::string::npos);
  CHECK(write_svg(text_scene("abba a"), 1, std::nullopt, fonts()) == svg);  // ids do not depend on earlier calls
}

TEST_CASE("svg synthetic bold and italic get outlines of their own") {
  if (fonts().resolved({}).file.empty()) {
    WARN("no font installed: skipped");
    return;
  }
  FontSpec regular;
  regular.family = "Liberation Sans";
  auto shaped = fonts().shape("l", regular);
  REQUIRE(shaped.size() == 1);
  GlyphRun run = shaped.front();
  svg::GlyphDefs defs;
  const std::string& normal_id = defs.use(run, run.glyphs.front().id);
  run.synthetic_bold = true;
  const std::string& bold_id = defs.use(run, run.glyphs.front().id);
  run.synthetic_bold = false;
  run.synthetic_italic = true;
  const std::string& italic_id = defs.use(run, run.glyphs.front().id);
  CHECK(normal_id != bold_id);
  CHECK(bold_id != italic_id);
  CHECK(count(defs.defs(), "<path id=") == 3);
  CHECK(defs.marks().size() == 3);  // where the document's id prefix goes
}

TEST_CASE("svg groups: id, translation and links, and a fit that scales the size, not the viewBox") {
  Scene scene = text_scene("");
  GroupItem group;
  group.id = "flowchart-a\"b";
  group.link = "https://example.com/?a=1&b=2";
  group.translate = {5, 7.25};
  PathItem dot;
  dot.path = {{PathCommand::Kind::move, {{0, 0}}}, {PathCommand::Kind::line, {{1, 1}}}};
  dot.stroke = StrokeStyle{};
  group.items.push_back(dot);
  scene.items.push_back(group);
  const std::string svg = write_svg(scene, 2, Color{1, 1, 1, 1}, fonts());
  CHECK(svg.find(R"(width="400px" height="100px" viewBox="0 0 200 50")") != std::string::npos);
  CHECK(svg.find(R"(<rect width="100%" height="100%" fill="#ffffff"/>)") != std::string::npos);
  CHECK(svg.find("<a xlink:href=\"https://example.com/?a=1&amp;b=2\">\n<g id=\"merrow-") != std::string::npos);
  CHECK(svg.find("-flowchart-a&quot;b\" "
                 "transform=\"translate(5 7.25)\">") != std::string::npos);
  CHECK(svg.find("</g>\n</a>") != std::string::npos);
}
