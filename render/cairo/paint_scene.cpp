// Scene items -> cairo calls. Paths fill then stroke (SVG paint order);
// text is shaped by the FontMeasurer (the same shaping layout measured with)
// and drawn as positioned glyphs.
#include "render/cairo/paint_scene.hpp"

#include <cairo-ft.h>

#include <string>

namespace merrow {

CairoFaces::~CairoFaces() {
  for (auto& e : entries_) cairo_font_face_destroy(e.face);
}

cairo_font_face_t* CairoFaces::face(const GlyphRun& run) {
  for (auto& e : entries_)
    if (e.font == run.font && e.bold == run.synthetic_bold && e.italic == run.synthetic_italic)
      return e.face;
  auto* ft = static_cast<FT_Face>(freetype_face(*run.font));
  if (!ft) return nullptr;
  cairo_font_face_t* face = cairo_ft_font_face_create_for_ft_face(ft, 0);
  unsigned flags = (run.synthetic_bold ? CAIRO_FT_SYNTHESIZE_BOLD : 0) |
                   (run.synthetic_italic ? CAIRO_FT_SYNTHESIZE_OBLIQUE : 0);
  if (flags) cairo_ft_font_face_set_synthesize(face, flags);
  entries_.push_back({run.font, run.synthetic_bold, run.synthetic_italic, face});
  return face;
}

namespace {

void set_color(cairo_t* cr, const Color& c, double opacity) {
  cairo_set_source_rgba(cr, c.r, c.g, c.b, c.a * opacity);
}

void add_path(cairo_t* cr, const Path& path) {
  cairo_new_path(cr);
  for (const auto& cmd : path) {
    switch (cmd.kind) {
      case PathCommand::Kind::move: cairo_move_to(cr, cmd.p[0].x, cmd.p[0].y); break;
      case PathCommand::Kind::line: cairo_line_to(cr, cmd.p[0].x, cmd.p[0].y); break;
      case PathCommand::Kind::cubic:
        cairo_curve_to(cr, cmd.p[0].x, cmd.p[0].y, cmd.p[1].x, cmd.p[1].y, cmd.p[2].x, cmd.p[2].y);
        break;
      case PathCommand::Kind::close: cairo_close_path(cr); break;
    }
  }
}

void paint_path(cairo_t* cr, const PathItem& item) {
  if (item.path.empty() || item.opacity <= 0) return;
  add_path(cr, item.path);
  if (item.fill && item.fill->a > 0) {
    set_color(cr, *item.fill, item.opacity);
    cairo_fill_preserve(cr);
  }
  if (item.stroke && item.stroke->width > 0 && item.stroke->color.a > 0) {
    const StrokeStyle& s = *item.stroke;
    set_color(cr, s.color, item.opacity);
    cairo_set_line_width(cr, s.width);
    cairo_set_dash(cr, s.dash.empty() ? nullptr : s.dash.data(), static_cast<int>(s.dash.size()), 0);
    cairo_set_line_cap(cr, s.cap == StrokeStyle::Cap::round    ? CAIRO_LINE_CAP_ROUND
                           : s.cap == StrokeStyle::Cap::square ? CAIRO_LINE_CAP_SQUARE
                                                               : CAIRO_LINE_CAP_BUTT);
    cairo_set_line_join(cr, s.join == StrokeStyle::Join::round   ? CAIRO_LINE_JOIN_ROUND
                            : s.join == StrokeStyle::Join::bevel ? CAIRO_LINE_JOIN_BEVEL
                                                                 : CAIRO_LINE_JOIN_MITER);
    cairo_stroke(cr);
  }
  cairo_new_path(cr);
}

void paint_text(cairo_t* cr, const TextItem& item, const FontMeasurer& fonts, CairoFaces& faces,
                bool as_paths) {
  if (item.text.empty() || item.opacity <= 0) return;
  set_color(cr, item.color, item.opacity);
  std::vector<cairo_glyph_t> glyphs;
  const std::vector<GlyphRun> runs =
      item.font_file.empty() ? fonts.shape(item.text, item.font) : fonts.shape(item.text, item.font, item.font_file);
  double x0 = item.origin.x;
  if (item.centred)
    for (const GlyphRun& run : runs) x0 -= run.advance / 2;
  for (const GlyphRun& run : runs) {
    cairo_font_face_t* face = faces.face(run);
    if (!face) continue;
    cairo_set_font_face(cr, face);
    cairo_set_font_size(cr, run.size);
    glyphs.clear();
    for (const Glyph& g : run.glyphs)
      glyphs.push_back({g.id, x0 + run.x + g.x, item.origin.y + g.y});
    if (as_paths) {
      cairo_new_path(cr);
      cairo_glyph_path(cr, glyphs.data(), static_cast<int>(glyphs.size()));
      cairo_fill(cr);
    } else {
      cairo_show_glyphs(cr, glyphs.data(), static_cast<int>(glyphs.size()));
    }
  }
}

std::string escape_attribute(const std::string& url) {
  std::string out;
  for (char c : url) {
    if (c == '\'' || c == '\\') out += '\\';
    out += c;
  }
  return out;
}

}  // namespace

void paint_items(cairo_t* cr, const std::vector<SceneItem>& items, const FontMeasurer& fonts,
                 CairoFaces& faces, const PaintOptions& options) {
  for (const SceneItem& item : items) {
    if (const auto* path = std::get_if<PathItem>(&item)) {
      paint_path(cr, *path);
    } else if (const auto* text = std::get_if<TextItem>(&item)) {
      paint_text(cr, *text, fonts, faces, options.text_as_paths);
    } else if (const auto* group = std::get_if<GroupItem>(&item)) {
      bool tagged = options.links && !group->link.empty();
      if (tagged) cairo_tag_begin(cr, CAIRO_TAG_LINK, ("uri='" + escape_attribute(group->link) + "'").c_str());
      const bool moved = group->translate.x != 0 || group->translate.y != 0;
      if (moved) {
        cairo_save(cr);
        cairo_translate(cr, group->translate.x, group->translate.y);
      }
      paint_items(cr, group->items, fonts, faces, options);
      if (moved) cairo_restore(cr);
      if (tagged) cairo_tag_end(cr, CAIRO_TAG_LINK);
    }
  }
}

}  // namespace merrow
