// Reference images: one mindmap per shape and the seed page's mindmap, drawn
// through the library (parse -> layout_mindmap -> build_mindmap_scene ->
// Cairo PNG) and compared with tests/tree/references/<name>.png (per-channel
// tolerance 16, 0.5 % of pixels may differ for antialiasing).
// MERROW_UPDATE_REFERENCES=1 rewrites them; a failure writes
// <name>-strip.png (expected | diff | actual) into the working directory.
// References are checked by eye against mermaid-ref's PNGs of the same input.
#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>
#include <fstream>

#include "../render/image_compare.hpp"
#include "grammar/parse.hpp"
#include "render/render_diagram.hpp"

namespace merrow::test {

namespace {

namespace fs = std::filesystem;

std::string seed_mindmap() {
  const std::string page = slurp_file(MERROW_SOURCE_DIR "/samples/os2-organisation.md");
  const size_t start = page.find("```mermaid\nmindmap");
  if (start == std::string::npos) return {};
  const size_t body = start + std::string("```mermaid\n").size();
  return page.substr(body, page.find("```", body) - body);
}

struct Case {
  std::string name, text;
};

std::vector<Case> cases() {
  return {
      {"mindmap-plain", "mindmap\n  root\n    plain child\n      grandchild\n    another\n"},
      {"mindmap-square", "mindmap\n  root[square root]\n    [square child]\n"},
      {"mindmap-rounded", "mindmap\n  root(rounded root)\n    (rounded child)\n"},
      {"mindmap-circle", "mindmap\n  root((circle root))\n    ((circle child))\n"},
      {"mindmap-bang", "mindmap\n  root))bang root((\n    ))bang child((\n"},
      {"mindmap-cloud", "mindmap\n  root)cloud root(\n    )cloud child(\n"},
      {"mindmap-hexagon", "mindmap\n  root{{hexagon root}}\n    {{hexagon child}}\n"},
      {"mindmap-icon-wrap",
       "mindmap\n  root((icons))\n    Books\n      ::icon(fa fa-book)\n"
       "    A label long enough that mermaid wraps it at two hundred pixels\n"},
      {"mindmap-os2-seed", seed_mindmap()},
  };
}

}  // namespace

TEST_CASE("reference images of mindmap shapes and the seed mindmap") {
  const fs::path references = fs::path(MERROW_SOURCE_DIR) / "tests/tree/references";
  const char* update_env = std::getenv("MERROW_UPDATE_REFERENCES");
  const bool update = update_env != nullptr && std::string(update_env) == "1";
  const FontMeasurer fonts;
  for (const Case& c : cases()) {
    INFO("case " << c.name);
    REQUIRE_FALSE(c.text.empty());
    const ParseResult parsed = parse_diagram(Source(c.name, c.text));
    REQUIRE(parsed.ok());
    const RenderedImage image = render_diagram(parsed, ImageFormat::png, RenderSettings{}, fonts);
    REQUIRE(image.ok());
    const fs::path reference = references / (c.name + ".png");
    if (update) {
      fs::create_directories(references);
      std::ofstream(reference, std::ios::binary) << image.data;
      continue;
    }
    if (!fs::exists(reference)) {
      WARN("no reference for " << c.name << " (MERROW_UPDATE_REFERENCES=1 creates it)");
      continue;
    }
    const Image expected = decode_png(slurp_file(reference.string()));
    const Image actual = decode_png(image.data);
    constexpr int tolerance = 16;
    const size_t differing = differing_pixels(expected, actual, tolerance);
    if (differing > expected.pixels.size() / 200) write_diff_strip(expected, actual, tolerance, c.name + "-strip.png");
    CHECK(differing <= expected.pixels.size() / 200);
  }
}

}  // namespace merrow::test
