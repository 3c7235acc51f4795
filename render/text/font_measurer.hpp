// Text measurement and shaping with HarfBuzz over the fonts font_resolver
// picks: the TextMeasurer that layout uses (so sizes match what render
// draws), and positioned glyph runs for the Cairo backend.
//
// Shaping: UTF-8 is split into runs by font (the resolved font, or the
// fallback font for code points it lacks), each run is shaped by HarfBuzz
// with its default features (kerning and ligatures on, as in Chromium).
// Fonts are loaded lazily on first use and kept for the process lifetime.
// Thread-safe (one mutex). Post: never throws; no font at all gives zero widths.
#pragma once
#include <cstdint>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

#include "layout/text/text_measurer.hpp"
#include "render/text/font_resolver.hpp"

namespace merrow {

class LoadedFont;  // a font file opened for HarfBuzz (and FreeType on demand)

struct Glyph {
  uint32_t id = 0;
  double x = 0, y = 0;  // px, relative to the run's origin (baseline, left)
};

struct GlyphRun {
  const LoadedFont* font = nullptr;
  double size = 16;             // px
  bool synthetic_bold = false;  // asked for bold, the face is not bold
  bool synthetic_italic = false;
  double x = 0;                 // px, offset of this run from the text origin
  double advance = 0;           // px
  std::vector<Glyph> glyphs;
};

class FontMeasurer final : public TextMeasurer {
 public:
  FontMeasurer();
  ~FontMeasurer() override;
  FontMeasurer(const FontMeasurer&) = delete;
  FontMeasurer& operator=(const FontMeasurer&) = delete;

  double width(std::string_view utf8, const FontSpec& font) const override;
  FontMetrics metrics(const FontSpec& font) const override;
  // kIconWidthEm when the icon can be drawn (icon_font.hpp), else 0.
  double icon_width(std::string_view icon, const FontSpec& font) const override;
  std::vector<GlyphRun> shape(std::string_view utf8, const FontSpec& font) const;
  // Shaped in the font file `file` (an icon font), no family resolution, no fallback.
  std::vector<GlyphRun> shape(std::string_view utf8, const FontSpec& font, const std::string& file) const;

  // The file a FontSpec resolves to (for tests and diagnostics).
  FontFile resolved(const FontSpec& font) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// The FreeType face of a loaded font, as a `void*` (FT_Face) so that this
// header needs no FreeType include; loaded on first call.
void* freetype_face(const LoadedFont& font);
// FreeType faces are not thread-safe: whoever loads glyphs from the face
// holds this mutex, and asks for the face with freetype_face_locked().
std::mutex& freetype_mutex(const LoadedFont& font);
void* freetype_face_locked(const LoadedFont& font);
// A stable identity for caches keyed by font (file + index).
const FontFile& font_file(const LoadedFont& font);
// The font file's identity in on-disk cache keys (disk_cache.hpp): 8 bytes
// from its path, face index, size and mtime; "" when it has none (not cached).
const std::string& font_cache_key(const LoadedFont& font);

}  // namespace merrow
