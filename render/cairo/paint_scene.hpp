// Paints scene items onto any cairo context (the surface-independent half of
// the backend). Pre: `cr` is in the scene's coordinate space (px).
#pragma once
#include <cairo.h>

#include "render/scene.hpp"
#include "render/text/font_measurer.hpp"

namespace merrow {

// Cairo font faces for glyph runs; released by the destructor (cairo keeps
// its own references for as long as a surface needs them).
class CairoFaces {
 public:
  CairoFaces() = default;
  ~CairoFaces();
  CairoFaces(const CairoFaces&) = delete;
  CairoFaces& operator=(const CairoFaces&) = delete;
  cairo_font_face_t* face(const GlyphRun& run);

 private:
  struct Entry {
    const LoadedFont* font;
    bool bold, italic;
    cairo_font_face_t* face;
  };
  std::vector<Entry> entries_;
};

struct PaintOptions {
  bool links = false;          // emit cairo link tags (PDF) for groups with a link
  // Fill glyph outlines instead of showing glyphs: cairo 1.16's image
  // backend snaps glyphs to whole pixels; paths keep HarfBuzz's subpixel
  // positions (as Chromium and SVG viewers draw them).
  bool text_as_paths = false;
};

void paint_items(cairo_t* cr, const std::vector<SceneItem>& items, const FontMeasurer& fonts,
                 CairoFaces& faces, const PaintOptions& options);

}  // namespace merrow
