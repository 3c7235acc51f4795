// `fa:` icons: the name -> code point table read from Font Awesome's CSS,
// the layout box (1.25 em, as mermaid-cli's Font Awesome 7 draws it) and
// the glyph in the picture. The parts that need the installed font skip
// when fonts-font-awesome is absent.
#include <catch2/catch.hpp>

#include <sys/stat.h>
#include <unistd.h>

#include <cstdlib>
#include <fstream>
#include <string>

#include "grammar/parse.hpp"
#include "layout/layout.hpp"
#include "render/cairo/draw_scene.hpp"
#include "render/scene/flowchart_scene.hpp"
#include "render/text/icon_font.hpp"
#include "render/theme/theme.hpp"
#include "image_compare.hpp"

using namespace merrow;

namespace {

const FontMeasurer& fonts() {
  static FontMeasurer m;
  return m;
}

bool font_awesome_installed() { return !icon_catalog().font_file.empty(); }

struct Rendered {
  LayoutResult layout;
  Scene scene;
  test::Image image;
};

Rendered render(const std::string& text) {
  const ParseResult parsed = parse_diagram(Source("icon.mmd", text));
  const auto& chart = std::get<Flowchart>(parsed.diagram);
  Rendered r;
  r.layout = layout_flowchart(chart, fonts());
  r.scene = build_flowchart_scene(chart, r.layout, theme_variables(chart.config));
  r.image = test::decode_png(draw_scene(r.scene, ImageFormat::png, {}, fonts()));
  return r;
}

void collect_icons(const std::vector<SceneItem>& items, std::vector<TextItem>& out) {
  for (const auto& item : items) {
    if (const auto* text = std::get_if<TextItem>(&item); text && !text->font_file.empty()) out.push_back(*text);
    if (const auto* group = std::get_if<GroupItem>(&item)) collect_icons(group->items, out);
  }
}

void strip_icons(std::vector<SceneItem>& items) {
  std::erase_if(items, [](const SceneItem& item) {
    const auto* text = std::get_if<TextItem>(&item);
    return text && !text->font_file.empty();
  });
  for (auto& item : items)
    if (auto* group = std::get_if<GroupItem>(&item)) strip_icons(group->items);
}

// Pixels clearly darker than the node fill (#ececff) in a box of the image.
int ink(const test::Image& image, double x0, double y0, double x1, double y1) {
  int count = 0;
  for (int y = std::max(0, static_cast<int>(y0)); y < std::min(image.height, static_cast<int>(y1)); ++y)
    for (int x = std::max(0, static_cast<int>(x0)); x < std::min(image.width, static_cast<int>(x1)); ++x) {
      const uint32_t p = image.pixels[static_cast<size_t>(y) * image.width + x];
      const int luma = (((p >> 16) & 0xff) * 3 + ((p >> 8) & 0xff) * 6 + (p & 0xff)) / 10;
      if (luma < 128) ++count;
    }
  return count;
}

std::string temp_dir() {
  char pattern[] = "/tmp/merrow-icons-XXXXXX";
  return ::mkdtemp(pattern);
}

void write(const std::string& path, const std::string& text) { std::ofstream(path, std::ios::binary) << text; }

}  // namespace

TEST_CASE("icon names map to code points through the stylesheet, aliases included") {
  const std::string dir = temp_dir();
  ::mkdir((dir + "/css").c_str(), 0755);
  ::mkdir((dir + "/fonts").c_str(), 0755);
  write(dir + "/css/font-awesome.css",
        ".fa { display: inline-block; }\n.fa-glass:before {\n  content: \"\\f000\";\n}\n"
        ".fa-automobile:before,\n.fa-car:before {\n  content: \"\\f1b9\";\n}\n.fa-lg { font-size: 1.3em; }\n");
  // The stylesheet alone is not enough: without the font nothing can be drawn.
  IconCatalog catalog = load_icon_catalog(dir);
  CHECK(catalog.font_file.empty());
  CHECK_FALSE(find_icon(catalog, "fa:fa-car"));

  write(dir + "/fonts/fontawesome-webfont.ttf", "not really a font");
  catalog = load_icon_catalog(dir);
  CHECK(catalog.font_file == dir + "/fonts/fontawesome-webfont.ttf");
  CHECK(catalog.code_points.size() == 3);
  REQUIRE(find_icon(catalog, "fa:fa-car"));
  CHECK(find_icon(catalog, "fa:fa-car")->code_point == 0xF1B9);
  CHECK(find_icon(catalog, "fab:fa-automobile")->code_point == 0xF1B9);
  CHECK(find_icon(catalog, "fas:fa-glass")->code_point == 0xF000);
  CHECK_FALSE(find_icon(catalog, "fa:fa-lg"));  // not a `:before` rule
  CHECK_FALSE(find_icon(catalog, "fa:fa-truck"));
  CHECK(icon_name("fab:fa-github") == "github");
  CHECK(icon_name("fa:car").empty());
  std::system(("rm -rf '" + dir + "'").c_str());
}

TEST_CASE("the installed Font Awesome 4.7 knows its icons") {
  if (!font_awesome_installed()) {
    WARN("fonts-font-awesome is not installed: skipped");
    return;
  }
  CHECK(find_icon("fa:fa-car")->code_point == 0xF1B9);
  CHECK(find_icon("fab:fa-github")->code_point == 0xF09B);
  CHECK_FALSE(find_icon("fa:fa-nosuchicon"));
}

TEST_CASE("an icon label is laid out 1.25 em wider and draws the glyph in that box") {
  if (!font_awesome_installed()) {
    WARN("fonts-font-awesome is not installed: skipped");
    return;
  }
  const Rendered plain = render("flowchart LR\n  A[Car]\n");
  const Rendered icon = render("flowchart LR\n  A[fa:fa-car Car]\n");
  const Rendered unknown = render("flowchart LR\n  A[fa:fa-nosuchicon Car]\n");
  const double space = fonts().width(" ", FontSpec{});
  // mermaid-ref: "fa:fa-car Car" is 24.45 px wider than "Car" (20 px icon + a space).
  CHECK(icon.layout.nodes[0].text.width == Approx(plain.layout.nodes[0].text.width + 20 + space));
  // An icon merrow cannot draw takes no room: the text stands alone.
  CHECK(unknown.layout.nodes[0].text.width == Approx(plain.layout.nodes[0].text.width + space));

  std::vector<TextItem> icons;
  collect_icons(icon.scene.items, icons);
  REQUIRE(icons.size() == 1);
  CHECK(icons[0].text == "\xEF\x86\xB9");  // U+F1B9 in UTF-8
  CHECK(icons[0].centred);
  std::vector<TextItem> none;
  collect_icons(unknown.scene.items, none);
  CHECK(none.empty());

  // The glyph is ink in its 1.25 em box; the same picture without the icon
  // item (same geometry) has none there.
  const Point at = icons[0].origin;
  CHECK(ink(icon.image, at.x - 10, at.y - 14, at.x + 10, at.y + 3) > 60);
  Scene stripped = icon.scene;
  strip_icons(stripped.items);
  const test::Image without = test::decode_png(draw_scene(stripped, ImageFormat::png, {}, fonts()));
  CHECK(ink(without, at.x - 10, at.y - 14, at.x + 10, at.y + 3) == 0);
}

TEST_CASE("icons: Font Awesome 5/6 names draw their 4.7 glyph (fa-chart-line is fa-line-chart)") {
  if (!font_awesome_installed()) return;
  const auto renamed = find_icon("fa:fa-chart-line");
  const auto old = find_icon("fa:fa-line-chart");
  REQUIRE(renamed);
  REQUIRE(old);
  CHECK(renamed->code_point == old->code_point);
  CHECK(find_icon("fas:fa-circle-check")->code_point == find_icon("fa:fa-check-circle")->code_point);
  CHECK_FALSE(find_icon("fa:fa-nonexistent-thing"));
}
