// HarfBuzz shaping + font fallback (see font_measurer.hpp).
#include "render/text/font_measurer.hpp"

#include <ft2build.h>
#include FT_FREETYPE_H

#include <map>
#include <mutex>
#include <string>

#include "render/text/harfbuzz_api.hpp"
#include "render/text/icon_font.hpp"

namespace merrow {

class LoadedFont {
 public:
  LoadedFont(const HarfBuzzApi& hb, FontFile file) : hb_(hb), file_(std::move(file)) {
    hb_blob_t* blob = hb_.blob_create_from_file(file_.file.c_str());
    hb_face_t* face = hb_.face_create(blob, static_cast<unsigned>(file_.index));
    hb_.blob_destroy(blob);
    upem_ = hb_.face_get_upem(face);
    font_ = hb_.font_create(face);
    hb_.face_destroy(face);
    hb_.font_set_scale(font_, static_cast<int>(upem_), static_cast<int>(upem_));
    hb_font_extents_t extents{};
    hb_.font_get_h_extents(font_, &extents);
    ascent_ = extents.ascender / static_cast<double>(upem_);
    descent_ = -extents.descender / static_cast<double>(upem_);
  }
  ~LoadedFont() {
    hb_.font_destroy(font_);
    if (ft_face_) FT_Done_Face(ft_face_);
    if (ft_library_) FT_Done_FreeType(ft_library_);
  }
  LoadedFont(const LoadedFont&) = delete;
  LoadedFont& operator=(const LoadedFont&) = delete;

  bool has(hb_codepoint_t cp) const {
    hb_codepoint_t glyph = 0;
    return hb_.font_get_nominal_glyph(font_, cp, &glyph);
  }
  hb_font_t* hb() const { return font_; }
  unsigned upem() const { return upem_; }
  double ascent() const { return ascent_; }
  double descent() const { return descent_; }
  const FontFile& file() const { return file_; }

  FT_Face ft() const {
    std::lock_guard lock(ft_mutex_);
    return ft_locked();
  }
  // Pre: ft_mutex_ held.
  FT_Face ft_locked() const {
    if (!ft_face_ && !file_.file.empty()) {
      if (FT_Init_FreeType(&ft_library_) == 0)
        FT_New_Face(ft_library_, file_.file.c_str(), file_.index, &ft_face_);
    }
    return ft_face_;
  }
  std::mutex& ft_mutex() const { return ft_mutex_; }

 private:
  const HarfBuzzApi& hb_;
  FontFile file_;
  hb_font_t* font_ = nullptr;
  unsigned upem_ = 1000;
  double ascent_ = 0.8, descent_ = 0.2;
  mutable std::mutex ft_mutex_;
  mutable FT_Library ft_library_ = nullptr;
  mutable FT_Face ft_face_ = nullptr;
};

void* freetype_face(const LoadedFont& font) { return font.ft(); }
void* freetype_face_locked(const LoadedFont& font) { return font.ft_locked(); }
std::mutex& freetype_mutex(const LoadedFont& font) { return font.ft_mutex(); }
const FontFile& font_file(const LoadedFont& font) { return font.file(); }

// Loaded fonts live for the whole process: cairo keeps FreeType faces in
// its own caches past any one drawing, so a face must never be freed (and
// its address reused) while the process runs. A process loads a handful.
const LoadedFont* load_font(const FontFile& file) {
  static std::mutex mutex;
  static std::map<std::pair<std::string, int>, const LoadedFont*> fonts;  // by file, index
  const HarfBuzzApi* hb = harfbuzz();
  if (!hb) return nullptr;
  std::lock_guard lock(mutex);
  auto& slot = fonts[{file.file, file.index}];
  if (!slot) slot = new LoadedFont(*hb, file);  // never deleted, see above
  return slot;
}

struct FontMeasurer::Impl {
  std::mutex mutex;
  std::map<std::string, FontFile> resolved;  // by family list + style
  hb_buffer_t* buffer = nullptr;  // created with the first font (HarfBuzz is loaded then)
  ~Impl() {
    if (buffer) harfbuzz()->buffer_destroy(buffer);
  }

  const FontFile& resolve(const std::string& list, bool bold, bool italic) {
    std::string key = list + (bold ? "|b" : "|r") + (italic ? "i" : "n");
    auto it = resolved.find(key);
    if (it == resolved.end())
      it = resolved.emplace(key, list.empty() ? fallback_font(bold, italic)
                                              : resolve_font(list, bold, italic)).first;
    return it->second;
  }

  const LoadedFont* load(const FontFile& file) {
    if (file.file.empty()) return nullptr;
    return load_font(file);
  }

  const LoadedFont* primary(const FontSpec& spec) {
    return load(resolve(spec.family, spec.bold, spec.italic));
  }
  const LoadedFont* fallback(const FontSpec& spec) {
    return load(resolve("", spec.bold, spec.italic));
  }

  // `file`: an explicit font (icons) instead of the spec's family list.
  std::vector<GlyphRun> shape(std::string_view utf8, const FontSpec& spec, const std::string& file = {}) {
    std::vector<GlyphRun> runs;
    const LoadedFont* main = file.empty() ? primary(spec) : load(FontFile{file, 0, "", false, false});
    if (!main || utf8.empty()) return runs;
    const HarfBuzzApi& hb = *harfbuzz();  // a font is loaded: so is HarfBuzz
    if (!buffer) buffer = hb.buffer_create();
    const LoadedFont* backup = nullptr;
    // Split into font runs: decode code points with HarfBuzz's own UTF-8
    // decoder (invalid bytes become U+FFFD) and pick a font per cluster.
    hb.buffer_clear_contents(buffer);
    hb.buffer_add_utf8(buffer, utf8.data(), static_cast<int>(utf8.size()), 0, -1);
    unsigned count = 0;
    hb_glyph_info_t* info = hb.buffer_get_glyph_infos(buffer, &count);
    struct Piece { const LoadedFont* font; unsigned begin, end; };
    std::vector<Piece> pieces;
    for (unsigned i = 0; i < count; ++i) {
      hb_codepoint_t cp = info[i].codepoint;
      const LoadedFont* use = main;
      // An explicit file (an icon font) has no fallback: a missing glyph is missing.
      if (cp > 0x20 && file.empty() && !main->has(cp)) {
        if (!backup) backup = fallback(spec);
        if (backup && backup->has(cp)) use = backup;
      }
      unsigned begin = info[i].cluster;
      unsigned end = i + 1 < count ? info[i + 1].cluster : static_cast<unsigned>(utf8.size());
      if (!pieces.empty() && pieces.back().font == use) pieces.back().end = end;
      else pieces.push_back({use, begin, end});
    }
    double pen = 0;
    for (const Piece& piece : pieces) {
      hb.buffer_clear_contents(buffer);
      hb.buffer_add_utf8(buffer, utf8.data(), static_cast<int>(utf8.size()), piece.begin,
                         static_cast<int>(piece.end - piece.begin));
      hb.buffer_guess_segment_properties(buffer);
      hb.shape(piece.font->hb(), buffer, nullptr, 0);
      unsigned n = 0;
      hb_glyph_info_t* gi = hb.buffer_get_glyph_infos(buffer, &n);
      hb_glyph_position_t* gp = hb.buffer_get_glyph_positions(buffer, &n);
      double scale = spec.size / piece.font->upem();
      GlyphRun run;
      run.font = piece.font;
      run.size = spec.size;
      run.synthetic_bold = spec.bold && !piece.font->file().bold;
      run.synthetic_italic = spec.italic && !piece.font->file().italic;
      run.x = pen;
      double x = 0;
      for (unsigned i = 0; i < n; ++i) {
        run.glyphs.push_back({gi[i].codepoint, x + gp[i].x_offset * scale, -gp[i].y_offset * scale});
        x += gp[i].x_advance * scale;
      }
      run.advance = x;
      pen += x;
      runs.push_back(std::move(run));
    }
    return runs;
  }
};

FontMeasurer::FontMeasurer() : impl_(std::make_unique<Impl>()) {}
FontMeasurer::~FontMeasurer() = default;

double FontMeasurer::width(std::string_view utf8, const FontSpec& font) const {
  std::lock_guard lock(impl_->mutex);
  double w = 0;
  for (const auto& run : impl_->shape(utf8, font)) w += run.advance;
  return w;
}

FontMetrics FontMeasurer::metrics(const FontSpec& font) const {
  std::lock_guard lock(impl_->mutex);
  const LoadedFont* f = impl_->primary(font);
  if (!f) return {0.8 * font.size, 0.2 * font.size};
  return {f->ascent() * font.size, f->descent() * font.size};
}

std::vector<GlyphRun> FontMeasurer::shape(std::string_view utf8, const FontSpec& font) const {
  std::lock_guard lock(impl_->mutex);
  return impl_->shape(utf8, font);
}

std::vector<GlyphRun> FontMeasurer::shape(std::string_view utf8, const FontSpec& font,
                                          const std::string& file) const {
  std::lock_guard lock(impl_->mutex);
  return impl_->shape(utf8, font, file);
}

double FontMeasurer::icon_width(std::string_view icon, const FontSpec& font) const {
  return find_icon(icon) ? kIconWidthEm * font.size : 0;
}

FontFile FontMeasurer::resolved(const FontSpec& font) const {
  std::lock_guard lock(impl_->mutex);
  return impl_->resolve(font.family, font.bold, font.italic);
}

}  // namespace merrow
