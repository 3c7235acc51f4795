// HarfBuzz shaping + font fallback (see font_measurer.hpp).
#include "render/text/font_measurer.hpp"

#include <ft2build.h>
#include FT_FREETYPE_H

#include <cstring>
#include <map>
#include <mutex>
#include <string>

#include "render/text/disk_cache.hpp"
#include "render/text/harfbuzz_api.hpp"
#include "render/text/icon_font.hpp"

namespace merrow {

namespace {

// Cached values are HarfBuzz's own numbers (font units, as hb_position_t).
template <typename T>
void put_int(std::string& out, T v) {
  out.append(reinterpret_cast<const char*>(&v), sizeof v);
}

// Reads one T at `at`, advancing it; false past the end.
template <typename T>
bool get_int(std::string_view in, size_t& at, T& v) {
  if (at > in.size() || in.size() - at < sizeof v) return false;
  std::memcpy(&v, in.data() + at, sizeof v);
  at += sizeof v;
  return true;
}

}  // namespace

class LoadedFont {
 public:
  explicit LoadedFont(FontFile file) : file_(std::move(file)) {
    const std::string identity = file_identity(file_.file.c_str());
    if (!identity.empty()) identity_ = cache_key_of(identity + '\n' + file_.file + '\n' + std::to_string(file_.index));
  }
  ~LoadedFont() {
    if (font_) harfbuzz()->font_destroy(font_);
    if (ft_face_) FT_Done_Face(ft_face_);
    if (ft_library_) FT_Done_FreeType(ft_library_);
  }
  LoadedFont(const LoadedFont&) = delete;
  LoadedFont& operator=(const LoadedFont&) = delete;

  // upem and extents, from the text cache or else HarfBuzz; false when
  // neither can tell (no HarfBuzz): the font is then unusable. Called once,
  // before the font is shared.
  bool load_metrics(DiskCache* cache) {
    const std::string key = "m" + identity_;
    if (cache && !identity_.empty()) {
      if (auto value = cache->find(key)) {
        size_t at = 0;
        if (get_int(*value, at, upem_) && get_int(*value, at, ascender_) && get_int(*value, at, descender_) &&
            upem_ > 0)
          return true;
      }
    }
    if (!hb()) return false;
    hb_font_extents_t extents{};
    harfbuzz()->font_get_h_extents(font_, &extents);
    ascender_ = extents.ascender;
    descender_ = extents.descender;
    if (cache && !identity_.empty()) {
      std::string value;
      put_int(value, upem_);
      put_int(value, ascender_);
      put_int(value, descender_);
      cache->put(key, std::move(value));
    }
    return true;
  }

  // HarfBuzz's font, opened on first use (a warm text cache never needs it);
  // nullptr without HarfBuzz.
  hb_font_t* hb() const {
    std::call_once(hb_once_, [this] {
      const HarfBuzzApi* hb = harfbuzz();
      if (!hb) return;
      hb_blob_t* blob = hb->blob_create_from_file(file_.file.c_str());
      hb_face_t* face = hb->face_create(blob, static_cast<unsigned>(file_.index));
      hb->blob_destroy(blob);
      upem_ = hb->face_get_upem(face);
      font_ = hb->font_create(face);
      hb->face_destroy(face);
      hb->font_set_scale(font_, static_cast<int>(upem_), static_cast<int>(upem_));
    });
    return font_;
  }
  // Pre: hb() is not null.
  bool has(hb_codepoint_t cp) const {
    hb_codepoint_t glyph = 0;
    return harfbuzz()->font_get_nominal_glyph(font_, cp, &glyph);
  }
  unsigned upem() const { return upem_; }
  double ascent() const { return ascender_ / static_cast<double>(upem_); }
  double descent() const { return -descender_ / static_cast<double>(upem_); }
  const FontFile& file() const { return file_; }
  // The file's identity in cache keys ("" when it cannot be told: not cached).
  const std::string& identity() const { return identity_; }

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
  FontFile file_;
  std::string identity_;
  mutable std::once_flag hb_once_;
  mutable hb_font_t* font_ = nullptr;
  mutable unsigned upem_ = 1000;
  hb_position_t ascender_ = 800, descender_ = -200;
  mutable std::mutex ft_mutex_;
  mutable FT_Library ft_library_ = nullptr;
  mutable FT_Face ft_face_ = nullptr;
};

void* freetype_face(const LoadedFont& font) { return font.ft(); }
void* freetype_face_locked(const LoadedFont& font) { return font.ft_locked(); }
std::mutex& freetype_mutex(const LoadedFont& font) { return font.ft_mutex(); }
const FontFile& font_file(const LoadedFont& font) { return font.file(); }
const std::string& font_cache_key(const LoadedFont& font) { return font.identity(); }

// Loaded fonts live for the whole process: cairo keeps FreeType faces in
// its own caches past any one drawing, so a face must never be freed (and
// its address reused) while the process runs. A process loads a handful.
const LoadedFont* load_font(const FontFile& file) {
  static std::mutex mutex;
  static std::map<std::pair<std::string, int>, const LoadedFont*> fonts;  // by file, index; nullptr: unusable
  std::lock_guard lock(mutex);
  auto [it, added] = fonts.try_emplace({file.file, file.index}, nullptr);
  if (added) {
    auto* font = new LoadedFont(file);  // never deleted, see above
    if (font->load_metrics(text_cache())) it->second = font;
  }
  return it->second;
}

struct FontMeasurer::Impl {
  std::mutex mutex;
  std::map<std::string, FontFile> resolved;  // by family list + style
  hb_buffer_t* buffer = nullptr;  // created on the first cache miss (HarfBuzz is loaded then)
  ~Impl() {
    if (buffer) harfbuzz()->buffer_destroy(buffer);
    flush_text_cache();  // what this measurer shaped, and the outlines drawn with it
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

  // primary() and fallback() of a style, looked up once: a diagram shapes
  // every label in one or two styles, and resolving costs two map lookups
  // with keys built each time.
  struct StyleFonts {
    std::string family;
    bool bold, italic;
    const LoadedFont *main, *backup;
  };
  std::vector<StyleFonts> styles;
  const StyleFonts& fonts_of(const FontSpec& spec) {
    for (const StyleFonts& s : styles)
      if (s.bold == spec.bold && s.italic == spec.italic && s.family == spec.family) return s;
    const LoadedFont* main = primary(spec);
    return styles.emplace_back(StyleFonts{spec.family, spec.bold, spec.italic, main, main ? fallback(spec) : nullptr});
  }

  // HarfBuzz's output for `utf8` in `main` (with `backup` for code points it
  // lacks; none for an icon font): per font run, its font (0 main, 1 backup)
  // and each glyph's id, x advance, x and y offsets in font units.
  // Pre: main->hb() is not null.
  std::string shape_with_harfbuzz(std::string_view utf8, const LoadedFont* main, const LoadedFont* backup) {
    const HarfBuzzApi& hb = *harfbuzz();
    if (!buffer) buffer = hb.buffer_create();
    if (backup && !backup->hb()) backup = nullptr;
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
      if (cp > 0x20 && backup && !main->has(cp) && backup->has(cp)) use = backup;
      unsigned begin = info[i].cluster;
      unsigned end = i + 1 < count ? info[i + 1].cluster : static_cast<unsigned>(utf8.size());
      if (!pieces.empty() && pieces.back().font == use) pieces.back().end = end;
      else pieces.push_back({use, begin, end});
    }
    std::string out;
    put_int(out, static_cast<uint32_t>(pieces.size()));
    for (const Piece& piece : pieces) {
      hb.buffer_clear_contents(buffer);
      hb.buffer_add_utf8(buffer, utf8.data(), static_cast<int>(utf8.size()), piece.begin,
                         static_cast<int>(piece.end - piece.begin));
      hb.buffer_guess_segment_properties(buffer);
      hb.shape(piece.font->hb(), buffer, nullptr, 0);
      unsigned n = 0;
      hb_glyph_info_t* gi = hb.buffer_get_glyph_infos(buffer, &n);
      hb_glyph_position_t* gp = hb.buffer_get_glyph_positions(buffer, &n);
      out += piece.font == main ? '\0' : '\1';
      put_int(out, static_cast<uint32_t>(n));
      for (unsigned i = 0; i < n; ++i) {
        put_int(out, static_cast<uint32_t>(gi[i].codepoint));
        put_int(out, gp[i].x_advance);
        put_int(out, gp[i].x_offset);
        put_int(out, gp[i].y_offset);
      }
    }
    return out;
  }

  // Glyph runs in px from shape_with_harfbuzz's output; empty when it does not read.
  static std::vector<GlyphRun> runs_from(std::string_view shaped, const FontSpec& spec, const LoadedFont* main,
                                         const LoadedFont* backup) {
    std::vector<GlyphRun> runs;
    size_t at = 0;
    uint32_t count = 0;
    if (!get_int(shaped, at, count)) return {};
    double pen = 0;
    for (uint32_t r = 0; r < count; ++r) {
      char which = 0;
      uint32_t n = 0;
      if (!get_int(shaped, at, which) || !get_int(shaped, at, n) || n > (shaped.size() - at) / 16) return {};
      const LoadedFont* font = which == 0 ? main : backup;
      if (!font) return {};
      double scale = spec.size / font->upem();
      GlyphRun run;
      run.font = font;
      run.size = spec.size;
      run.synthetic_bold = spec.bold && !font->file().bold;
      run.synthetic_italic = spec.italic && !font->file().italic;
      run.x = pen;
      run.glyphs.reserve(n);
      double x = 0;
      for (uint32_t i = 0; i < n; ++i) {
        uint32_t id = 0;
        hb_position_t x_advance = 0, x_offset = 0, y_offset = 0;
        get_int(shaped, at, id);
        get_int(shaped, at, x_advance);
        get_int(shaped, at, x_offset);
        get_int(shaped, at, y_offset);
        run.glyphs.push_back({id, x + x_offset * scale, -y_offset * scale});
        x += x_advance * scale;
      }
      run.advance = x;
      pen += x;
      runs.push_back(std::move(run));
    }
    return at == shaped.size() ? runs : std::vector<GlyphRun>{};
  }

  // `file`: an explicit font (icons) instead of the spec's family list.
  std::vector<GlyphRun> shape(std::string_view utf8, const FontSpec& spec, const std::string& file = {}) {
    if (utf8.empty()) return {};
    const LoadedFont* main = file.empty() ? fonts_of(spec).main : load(FontFile{file, 0, "", false, false});
    if (!main) return {};
    // An explicit file (an icon font) has no fallback: a missing glyph is missing.
    const LoadedFont* backup = file.empty() ? fonts_of(spec).backup : nullptr;
    // Key: "s", the two fonts' keys (8 bytes each), the text.
    DiskCache* cache = main->identity().empty() || (backup && backup->identity().empty()) ? nullptr : text_cache();
    std::string key;
    if (cache) {
      key.append("s").append(main->identity()).append(backup ? backup->identity() : std::string(8, '-'));
      key.append(utf8);
      if (auto hit = cache->find(key)) {
        auto runs = runs_from(*hit, spec, main, backup);
        if (!runs.empty()) return runs;
      }
    }
    if (!main->hb()) return {};
    std::string shaped = shape_with_harfbuzz(utf8, main, backup);
    auto runs = runs_from(shaped, spec, main, backup);
    if (cache) cache->put(std::move(key), std::move(shaped));
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
  const LoadedFont* f = impl_->fonts_of(font).main;
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
