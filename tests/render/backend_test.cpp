#include <catch2/catch.hpp>
#include <cairo.h>

#include <unistd.h>

#include <cstdio>
#include <functional>
#include <cstdlib>
#include <fstream>
#include <regex>

#include "render/cairo/draw_scene.hpp"
#include "render/scene/flowchart_scene.hpp"
#include "image_compare.hpp"
#include "scene_fixture.hpp"

using namespace merrow;
using merrow::test::decode_png;
using merrow::test::Image;

namespace {

const FontMeasurer& fonts() {
  static FontMeasurer m;
  return m;
}

Scene fixture_scene() {
  auto f = test::small_flowchart(fonts());
  return build_flowchart_scene(f.chart, f.layout, theme_variables(f.chart.config));
}

std::string render(ImageFormat format, ImageOptions options = {}) {
  return draw_scene(fixture_scene(), format, options, fonts());
}

std::string slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), {}};
}

}  // namespace

TEST_CASE("scene: shapes, markers, labels and accessibility text") {
  Scene scene = fixture_scene();
  CHECK(scene.title == "A small chart");
  CHECK(scene.desc == "Three nodes & two edges");
  CHECK(scene.width == 240);
  size_t texts = 0;
  std::function<void(const std::vector<SceneItem>&)> count = [&](const std::vector<SceneItem>& items) {
    for (const auto& item : items) {
      if (std::holds_alternative<TextItem>(item)) ++texts;
      if (auto* g = std::get_if<GroupItem>(&item)) count(g->items);
    }
  };
  count(scene.items);
  CHECK(texts == 5);  // three nodes, one cluster title, one edge label
}

TEST_CASE("output is byte-identical on every run (svg, png, pdf)") {
  for (ImageFormat f : {ImageFormat::svg, ImageFormat::png, ImageFormat::pdf}) {
    std::string a = render(f), b = render(f);
    CHECK(!a.empty());
    CHECK(a == b);
  }
  std::string pdf = render(ImageFormat::pdf);
  CHECK(pdf.find("/CreationDate (20000101000000Z)") != std::string::npos);  // fixed, not today
}

TEST_CASE("svg is safe: no scripts, no foreignObject, no event handlers, no external refs") {
  std::string svg = render(ImageFormat::svg);
  CHECK(svg.find("<script") == std::string::npos);
  CHECK(svg.find("foreignObject") == std::string::npos);
  CHECK(!std::regex_search(svg, std::regex(R"(\son[a-z]+\s*=)", std::regex::icase)));
  // Only the sanitised click links point outside the document, as <a> elements.
  CHECK(!std::regex_search(svg, std::regex(R"(<(?!a )[^>]*href="(?!#))")));
  CHECK(svg.find(R"(<a xlink:href="https://example.com/?a=1&amp;b=2">)") != std::string::npos);
  CHECK(svg.find("javascript") == std::string::npos);
  CHECK(svg.find("\">A small chart</title>") != std::string::npos);  // <title id="chart-title-...">
  CHECK(svg.find("\">Three nodes &amp; two edges</desc>") != std::string::npos);
}

TEST_CASE("png: scale, fit width, transparent background") {
  Image one = decode_png(render(ImageFormat::png));
  CHECK(one.width == 240);
  CHECK(one.height == 330);
  ImageOptions two;
  two.scale = 2;
  Image doubled = decode_png(render(ImageFormat::png, two));
  CHECK(doubled.width == 480);
  ImageOptions fit;
  fit.width = 120;
  CHECK(decode_png(render(ImageFormat::png, fit)).height == 165);
  ImageOptions clear;
  clear.background = Color{0, 0, 0, 0};
  Image transparent = decode_png(render(ImageFormat::png, clear));
  CHECK(transparent.pixels.front() >> 24 == 0);
  CHECK(one.pixels.front() == 0xffffffffu);  // white by default, as mmdc
}

TEST_CASE("rsvg-convert rasterises our svg like our png") {
  if (std::system("command -v rsvg-convert >/dev/null 2>&1") != 0) {
    WARN("rsvg-convert not installed: skipped");
    return;
  }
  const std::string svg_path = "/tmp/merrow-render-test-" + std::to_string(::getpid()) + ".svg";
  const std::string png_path = svg_path + ".png";
  std::ofstream(svg_path, std::ios::binary) << render(ImageFormat::svg);
  REQUIRE(std::system(("rsvg-convert -b white -o " + png_path + " " + svg_path).c_str()) == 0);
  Image theirs = decode_png(slurp(png_path));
  Image ours = decode_png(render(ImageFormat::png));
  std::remove(svg_path.c_str());
  std::remove(png_path.c_str());
  REQUIRE(theirs.width == ours.width);
  REQUIRE(theirs.height == ours.height);
  const size_t differing = test::differing_pixels(ours, theirs, 24);
  if (differing > ours.pixels.size() / 100)
    test::write_diff_strip(theirs, ours, 24, std::string(MERROW_SOURCE_DIR) + "/build-render/rsvg-diff.png");
  CHECK(differing <= ours.pixels.size() / 100);
}

TEST_CASE("click links: only http, https and mailto") {
  CHECK(safe_link("https://example.com") == "https://example.com");
  CHECK(safe_link("HTTP://x.y") == "HTTP://x.y");
  CHECK(safe_link("mailto:a@b.c") == "mailto:a@b.c");
  CHECK(safe_link("javascript:alert(1)").empty());
  CHECK(safe_link("data:text/html,x").empty());
  CHECK(safe_link("/relative").empty());
  CHECK(safe_link("https://x\" onload=\"y").empty());
}

TEST_CASE("png: an absurd scale is refused, not allocated") {
  ImageOptions huge;
  huge.scale = 1000;
  CHECK(render(ImageFormat::png, huge).empty());
}
