// Header-only PNG comparison for the reference-image tests (tests/render and
// tests/render_cli): decode with cairo, count pixels whose channels differ
// beyond a tolerance, and write an expected | diff | actual strip to look at.
#pragma once
#include <cairo.h>

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

namespace merrow::test {

struct Image {
  int width = 0, height = 0;
  std::vector<uint32_t> pixels;  // cairo ARGB32 (premultiplied)
  bool empty() const { return pixels.empty(); }
};

inline cairo_status_t read_png_chunk(void* closure, unsigned char* data, unsigned int length) {
  auto* rest = static_cast<std::string_view*>(closure);
  if (rest->size() < length) return CAIRO_STATUS_READ_ERROR;
  std::copy(rest->begin(), rest->begin() + length, data);
  rest->remove_prefix(length);
  return CAIRO_STATUS_SUCCESS;
}

inline Image decode_png(const std::string& png) {
  std::string_view rest(png);
  cairo_surface_t* s = cairo_image_surface_create_from_png_stream(read_png_chunk, &rest);
  Image img;
  if (cairo_surface_status(s) == CAIRO_STATUS_SUCCESS) {
    cairo_surface_flush(s);
    img.width = cairo_image_surface_get_width(s);
    img.height = cairo_image_surface_get_height(s);
    const int stride = cairo_image_surface_get_stride(s);
    const unsigned char* data = cairo_image_surface_get_data(s);
    for (int y = 0; y < img.height; ++y)
      for (int x = 0; x < img.width; ++x)
        img.pixels.push_back(reinterpret_cast<const uint32_t*>(data + y * stride)[x]);
  }
  cairo_surface_destroy(s);
  return img;
}

inline std::string slurp_file(const std::string& path) {
  std::string out;
  if (FILE* f = std::fopen(path.c_str(), "rb")) {
    char buffer[65536];
    size_t n;
    while ((n = std::fread(buffer, 1, sizeof buffer, f)) > 0) out.append(buffer, n);
    std::fclose(f);
  }
  return out;
}

inline int channel_difference(uint32_t a, uint32_t b) {
  int worst = 0;
  for (int shift = 0; shift < 32; shift += 8)
    worst = std::max(worst, std::abs(static_cast<int>((a >> shift) & 0xff) - static_cast<int>((b >> shift) & 0xff)));
  return worst;
}

// The top-left w x h of an image (w, h no larger than the image).
inline Image crop(const Image& img, int w, int h) {
  Image out;
  out.width = std::min(w, img.width);
  out.height = std::min(h, img.height);
  for (int y = 0; y < out.height; ++y)
    for (int x = 0; x < out.width; ++x) out.pixels.push_back(img.pixels[static_cast<size_t>(y) * img.width + x]);
  return out;
}

// Pixels whose largest channel difference exceeds `tolerance`; sizes must match
// (a size mismatch counts every pixel of the larger image).
inline size_t differing_pixels(const Image& a, const Image& b, int tolerance) {
  if (a.width != b.width || a.height != b.height) return std::max(a.pixels.size(), b.pixels.size());
  size_t n = 0;
  for (size_t i = 0; i < a.pixels.size(); ++i) n += channel_difference(a.pixels[i], b.pixels[i]) > tolerance;
  return n;
}

// expected | diff (red where beyond tolerance) | actual, side by side.
inline void write_diff_strip(const Image& expected, const Image& actual, int tolerance, const std::string& path) {
  const int w = std::max(expected.width, actual.width), h = std::max(expected.height, actual.height);
  cairo_surface_t* s = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, 3 * w, std::max(h, 1));
  cairo_surface_flush(s);
  auto* data = cairo_image_surface_get_data(s);
  const int stride = cairo_image_surface_get_stride(s);
  auto put = [&](int x, int y, uint32_t v) { reinterpret_cast<uint32_t*>(data + y * stride)[x] = v; };
  auto at = [](const Image& img, int x, int y) -> uint32_t {
    return x < img.width && y < img.height ? img.pixels[static_cast<size_t>(y) * img.width + x] : 0xffff00ffu;
  };
  for (int y = 0; y < h; ++y)
    for (int x = 0; x < w; ++x) {
      uint32_t e = at(expected, x, y), a = at(actual, x, y);
      put(x, y, e);
      put(w + x, y, channel_difference(e, a) > tolerance ? 0xffff0000u : 0xffffffffu);
      put(2 * w + x, y, a);
    }
  cairo_surface_mark_dirty(s);
  cairo_surface_write_to_png(s, path.c_str());
  cairo_surface_destroy(s);
}

}  // namespace merrow::test
