// Glyph outlines for SVG text: each (font, synthesis, glyph) drawn is written
// once into <defs> as a <path> in font units (y up flipped to y down) and
// placed with <use>. Outlines come from FreeType unhinted and unscaled, with
// cairo's synthesis for faces that lack bold or italic (FreeType's embolden
// by 1/24 em, a 12-degree slant), so the SVG matches the PNG cairo draws.
//
// Ids are "<prefix>-g<font>-<glyph>" with fonts numbered by first use in the
// document, so the same scene always gives the same ids. The document's id
// prefix is known only once the whole document is written (it may be a hash
// of it), so ids are written without it and `marks()` says where it goes.
#pragma once
#include <cstdint>
#include <map>
#include <string>
#include <tuple>
#include <vector>

#include "render/text/font_measurer.hpp"

namespace merrow::svg {

class GlyphDefs {
 public:
  // The id of the glyph's outline without the document's prefix ("g0-36";
  // the caller writes the prefix and "-" before it), or "" without ink (a space).
  const std::string& use(const GlyphRun& run, uint32_t glyph);
  // Font units per em of the run's font (the <use> scale is size / this).
  static double units_per_em(const GlyphRun& run);
  // "<path id=... d=.../>" for every glyph used, in order of first use.
  const std::string& defs() const { return defs_; }
  // Where in defs() the id prefix goes (ascending offsets).
  const std::vector<size_t>& marks() const { return marks_; }

 private:
  struct Face {
    const LoadedFont* font;
    bool bold, italic;
    auto operator<=>(const Face&) const = default;
  };
  std::map<Face, int> faces_;  // -> number in ids
  std::map<std::pair<int, uint32_t>, std::string> glyphs_;  // (face, glyph) -> id or ""
  std::string defs_;
  std::vector<size_t> marks_;
};

}  // namespace merrow::svg
