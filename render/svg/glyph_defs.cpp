#include "render/svg/glyph_defs.hpp"

#include <ft2build.h>
#include FT_FREETYPE_H
#include FT_OUTLINE_H

#include <charconv>
#include <cstring>
#include <mutex>

#include "render/text/disk_cache.hpp"

namespace merrow::svg {
namespace {

void integer(std::string& out, long value) {
  char buffer[24];
  const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
  out.append(buffer, result.ptr);
}

void point(std::string& out, const FT_Vector* v) {
  integer(out, v->x);
  out += ' ';
  integer(out, -v->y);  // font units are y up, the SVG is y down
}

int move_to(const FT_Vector* to, void* user) {
  std::string& out = *static_cast<std::string*>(user);
  if (!out.empty()) out += 'Z';
  out += 'M';
  point(out, to);
  return 0;
}

int line_to(const FT_Vector* to, void* user) {
  std::string& out = *static_cast<std::string*>(user);
  out += 'L';
  point(out, to);
  return 0;
}

int conic_to(const FT_Vector* control, const FT_Vector* to, void* user) {
  std::string& out = *static_cast<std::string*>(user);
  out += 'Q';
  point(out, control);
  out += ' ';
  point(out, to);
  return 0;
}

int cubic_to(const FT_Vector* c1, const FT_Vector* c2, const FT_Vector* to, void* user) {
  std::string& out = *static_cast<std::string*>(user);
  out += 'C';
  point(out, c1);
  out += ' ';
  point(out, c2);
  out += ' ';
  point(out, to);
  return 0;
}

// The outline's path data in font units; "" without ink or on any error.
std::string outline_from_freetype(const LoadedFont& font, uint32_t glyph, bool bold, bool italic) {
  std::lock_guard lock(freetype_mutex(font));
  auto* face = static_cast<FT_Face>(freetype_face_locked(font));
  if (!face) return {};
  if (FT_Load_Glyph(face, glyph, FT_LOAD_NO_SCALE | FT_LOAD_NO_HINTING | FT_LOAD_NO_BITMAP) != 0 ||
      face->glyph->format != FT_GLYPH_FORMAT_OUTLINE)
    return {};
  FT_Outline& shape = face->glyph->outline;
  if (shape.n_points == 0) return {};
  if (bold) {  // FT_GlyphSlot_Embolden's strength (what cairo asks for), in font units
    const FT_Pos strength = face->units_per_EM / 24;
    FT_Outline_EmboldenXY(&shape, strength, strength);
  }
  if (italic) {  // FT_GlyphSlot_Oblique's slant
    FT_Matrix slant{0x10000, 0x0366A, 0, 0x10000};
    FT_Outline_Transform(&shape, &slant);
  }
  std::string d;
  const FT_Outline_Funcs funcs{move_to, line_to, conic_to, cubic_to, 0, 0};
  if (FT_Outline_Decompose(&shape, &funcs, &d) != 0) return {};
  if (!d.empty()) d += 'Z';
  return d;
}

// Outlines are kept in the text cache (disk_cache.hpp): a warm run opens no
// FreeType face for SVG. Key: "o", the font's key, the glyph id, the synthesis.
std::string outline(const LoadedFont& font, uint32_t glyph, bool bold, bool italic) {
  DiskCache* cache = font_cache_key(font).empty() ? nullptr : text_cache();
  std::string key;
  if (cache) {
    key.append("o").append(font_cache_key(font));
    key.append(reinterpret_cast<const char*>(&glyph), sizeof glyph);
    key += static_cast<char>((bold ? 1 : 0) | (italic ? 2 : 0));
    if (auto hit = cache->find(key)) return std::move(*hit);
  }
  std::string d = outline_from_freetype(font, glyph, bold, italic);
  if (cache) cache->put(std::move(key), d);
  return d;
}

uint16_t units_per_em_from_freetype(const LoadedFont& font) {
  std::lock_guard lock(freetype_mutex(font));
  auto* face = static_cast<FT_Face>(freetype_face_locked(font));
  return face ? face->units_per_EM : 0;
}

}  // namespace

double GlyphDefs::units_per_em(const GlyphRun& run) {
  const LoadedFont& font = *run.font;
  DiskCache* cache = font_cache_key(font).empty() ? nullptr : text_cache();
  uint16_t upem = 0;
  const std::string key = "u" + font_cache_key(font);
  if (auto hit = cache ? cache->find(key) : std::nullopt; hit && hit->size() == sizeof upem) {
    std::memcpy(&upem, hit->data(), sizeof upem);
  } else {
    upem = units_per_em_from_freetype(font);
    if (cache) cache->put(key, std::string(reinterpret_cast<const char*>(&upem), sizeof upem));
  }
  return upem > 0 ? upem : 1000.0;
}

const std::string& GlyphDefs::use(const GlyphRun& run, uint32_t glyph) {
  const Face key{run.font, run.synthetic_bold, run.synthetic_italic};
  const int face = faces_.try_emplace(key, static_cast<int>(faces_.size())).first->second;
  auto [it, added] = glyphs_.try_emplace({face, glyph});
  if (added) {
    const std::string d = outline(*run.font, glyph, run.synthetic_bold, run.synthetic_italic);
    if (!d.empty()) {
      std::string& id = it->second;
      id.append("g").append(std::to_string(face)).append("-").append(std::to_string(glyph));
      defs_.append("<path id=\"");
      marks_.push_back(defs_.size());
      defs_.append("-").append(id).append("\" d=\"").append(d).append("\"/>\n");
    }
  }
  return it->second;
}

}  // namespace merrow::svg
