// The PNG encoder: whatever mix of repeated rows (zlib's blocks and merrow's
// own blocks for runs of 4+), short runs and varied rows, libpng (through
// cairo) decodes exactly the pixels drawn, checksums included.
#include <catch2/catch.hpp>
#include <cairo.h>

#include <cstdint>
#include <string>

#include "render/cairo/png_writer.hpp"
#include "image_compare.hpp"

using namespace merrow;

namespace {

// Rows: y < 3 varied, then runs of 1, 3, 4, 40 identical rows between varied
// rows, then a run to the last row. `alpha` < 255 makes it non-opaque.
cairo_surface_t* striped(int width, int height, unsigned alpha) {
  cairo_surface_t* s = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, width, height);
  cairo_surface_flush(s);
  auto* data = cairo_image_surface_get_data(s);
  const int stride = cairo_image_surface_get_stride(s);
  const int breaks[] = {0, 1, 2, 3, 5, 9, 14, 55, 56};
  int pattern = 0;
  for (int y = 0; y < height; ++y) {
    for (int b : breaks)
      if (y == b) ++pattern;
    auto* row = reinterpret_cast<uint32_t*>(data + static_cast<ptrdiff_t>(y) * stride);
    for (int x = 0; x < width; ++x) {
      const unsigned v = static_cast<unsigned>((x * 7 + pattern * 31) & 0xff) * alpha / 255;
      row[x] = (alpha << 24) | (v << 16) | ((v / 2) << 8) | (x % 3 == 0 ? v : 0);
    }
  }
  cairo_surface_mark_dirty(s);
  return s;
}

void check_round_trip(int width, int height, unsigned alpha) {
  cairo_surface_t* s = striped(width, height, alpha);
  const std::string png = encode_png(s);
  REQUIRE(!png.empty());
  CHECK(encode_png(s) == png);  // deterministic
  const test::Image back = test::decode_png(png);
  REQUIRE(back.width == width);
  REQUIRE(back.height == height);
  const auto* data = cairo_image_surface_get_data(s);
  const int stride = cairo_image_surface_get_stride(s);
  int differing = 0;
  for (int y = 0; y < height; ++y)
    for (int x = 0; x < width; ++x) {
      const uint32_t want = reinterpret_cast<const uint32_t*>(data + static_cast<ptrdiff_t>(y) * stride)[x];
      const uint32_t got = back.pixels[static_cast<size_t>(y) * width + x];
      // Straight alpha in the file: premultiplying back may round by one.
      const auto near = [](uint32_t a, uint32_t b) {
        for (int k = 0; k < 32; k += 8) {
          const int d = static_cast<int>((a >> k) & 0xff) - static_cast<int>((b >> k) & 0xff);
          if (d > 1 || d < -1) return false;
        }
        return true;
      };
      if (alpha == 255 ? want != got : !near(want, got)) ++differing;
    }
  CHECK(differing == 0);
  cairo_surface_destroy(s);
}

}  // namespace

TEST_CASE("png: repeated-row runs of every length decode to the pixels drawn (opaque RGB)") {
  check_round_trip(300, 120, 255);
  check_round_trip(1, 70, 255);      // one-pixel rows: copies shorter than 3 bytes
  check_round_trip(12000, 60, 255);  // rows longer than zlib's 32K window
}

TEST_CASE("png: the same with alpha (RGBA)") { check_round_trip(200, 80, 128); }
