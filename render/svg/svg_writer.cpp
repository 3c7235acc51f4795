#include "render/svg/svg_writer.hpp"

#include <algorithm>

#include "render/svg/glyph_defs.hpp"
#include "render/svg/svg_text.hpp"

namespace merrow {
namespace {

using svg::append_escaped;
using svg::append_hex_color;
using svg::append_number;
using svg::append_paint;

class Writer {
 public:
  explicit Writer(const FontMeasurer& fonts) : fonts_(fonts) {}

  void items(const std::vector<SceneItem>& list) {
    for (const SceneItem& item : list) {
      if (const auto* path = std::get_if<PathItem>(&item)) this->path(*path);
      else if (const auto* text = std::get_if<TextItem>(&item)) this->text(*text);
      else if (const auto* group = std::get_if<GroupItem>(&item)) this->group(*group);
    }
  }

  const std::string& body() const { return body_; }
  const std::string& defs() const { return glyphs_.defs(); }

 private:
  void attribute(const char* name, double value, int decimals = 3) {
    body_ += ' ';
    body_ += name;
    body_ += "=\"";
    append_number(body_, value, decimals);
    body_ += '"';
  }
  void point(const Point& p) {
    append_number(body_, p.x);
    body_ += ' ';
    append_number(body_, p.y);
  }

  void path(const PathItem& item) {
    const bool filled = item.fill && item.fill->a > 0;
    const bool stroked = item.stroke && item.stroke->width > 0 && item.stroke->color.a > 0;
    if (item.path.empty() || item.opacity <= 0 || (!filled && !stroked)) return;
    body_ += "<path d=\"";
    for (const PathCommand& cmd : item.path) {
      switch (cmd.kind) {
        case PathCommand::Kind::move: body_ += 'M'; point(cmd.p[0]); break;
        case PathCommand::Kind::line: body_ += 'L'; point(cmd.p[0]); break;
        case PathCommand::Kind::cubic:
          body_ += 'C';
          point(cmd.p[0]);
          body_ += ' ';
          point(cmd.p[1]);
          body_ += ' ';
          point(cmd.p[2]);
          break;
        case PathCommand::Kind::close: body_ += 'Z'; break;
      }
    }
    body_ += '"';
    if (filled) append_paint(body_, "fill", *item.fill, item.opacity);
    else body_ += " fill=\"none\"";
    if (stroked) {
      const StrokeStyle& s = *item.stroke;
      append_paint(body_, "stroke", s.color, item.opacity);
      attribute("stroke-width", s.width);
      if (!s.dash.empty()) {
        body_ += " stroke-dasharray=\"";
        for (size_t i = 0; i < s.dash.size(); ++i) {
          if (i) body_ += ',';
          append_number(body_, s.dash[i]);
        }
        body_ += '"';
      }
      if (s.cap == StrokeStyle::Cap::round) body_ += " stroke-linecap=\"round\"";
      if (s.cap == StrokeStyle::Cap::square) body_ += " stroke-linecap=\"square\"";
      if (s.join == StrokeStyle::Join::round) body_ += " stroke-linejoin=\"round\"";
      if (s.join == StrokeStyle::Join::bevel) body_ += " stroke-linejoin=\"bevel\"";
      // cairo's miter limit (the PNG and PDF are drawn with it); SVG's default is 4.
      if (s.join == StrokeStyle::Join::miter) body_ += " stroke-miterlimit=\"10\"";
    }
    body_ += "/>\n";
  }

  void text(const TextItem& item) {
    if (item.text.empty() || item.opacity <= 0) return;
    const std::vector<GlyphRun> runs = item.font_file.empty()
                                           ? fonts_.shape(item.text, item.font)
                                           : fonts_.shape(item.text, item.font, item.font_file);
    double x0 = item.origin.x;
    if (item.centred)
      for (const GlyphRun& run : runs) x0 -= run.advance / 2;
    for (const GlyphRun& run : runs) {
      if (!run.font || run.glyphs.empty()) continue;
      // One group per run, scaled from font units: each glyph is then a
      // <use> with an x in font units (and a y only when shaping moved it).
      const double scale = run.size / svg::GlyphDefs::units_per_em(run);
      if (!(scale > 0)) continue;
      const size_t start = body_.size();
      body_ += "<g";
      append_paint(body_, "fill", item.color, item.opacity);
      body_ += " transform=\"matrix(";
      append_number(body_, scale, 6);
      body_ += " 0 0 ";
      append_number(body_, scale, 6);
      body_ += ' ';
      append_number(body_, x0 + run.x);
      body_ += ' ';
      append_number(body_, item.origin.y);
      body_ += ")\">\n";
      bool inked = false;
      for (const Glyph& g : run.glyphs) {
        const std::string& id = glyphs_.use(run, g.id);
        if (id.empty()) continue;
        inked = true;
        body_ += "<use xlink:href=\"#";
        body_ += id;
        body_ += "\" x=\"";
        append_number(body_, g.x / scale, 1);
        body_ += '"';
        if (g.y != 0) {
          body_ += " y=\"";
          append_number(body_, g.y / scale, 1);
          body_ += '"';
        }
        body_ += "/>\n";
      }
      if (inked) body_ += "</g>\n";
      else body_.resize(start);  // only spaces: nothing to draw
    }
  }

  void group(const GroupItem& group) {
    if (!group.link.empty()) {
      body_ += "<a xlink:href=\"";
      append_escaped(body_, group.link);
      body_ += "\">\n";
    }
    body_ += "<g";
    if (!group.id.empty()) {
      body_ += " id=\"";
      append_escaped(body_, group.id);
      body_ += '"';
    }
    if (group.translate.x != 0 || group.translate.y != 0) {
      body_ += " transform=\"translate(";
      point(group.translate);
      body_ += ")\"";
    }
    body_ += ">\n";
    items(group.items);
    body_ += "</g>\n";
    if (!group.link.empty()) body_ += "</a>\n";
  }

  const FontMeasurer& fonts_;
  svg::GlyphDefs glyphs_;
  std::string body_;
};

}  // namespace

std::string write_svg(const Scene& scene, double fit, const std::optional<Color>& background,
                      const FontMeasurer& fonts) {
  Writer writer(fonts);
  writer.items(scene.items);
  const double w = std::max(1.0, scene.width * fit), h = std::max(1.0, scene.height * fit);
  std::string out;
  out.reserve(writer.body().size() + writer.defs().size() + 512);
  out += "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
         "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" width=\"";
  append_number(out, w);
  out += "px\" height=\"";
  append_number(out, h);
  out += "px\" viewBox=\"0 0 ";
  append_number(out, w / fit);
  out += ' ';
  append_number(out, h / fit);
  out += "\" version=\"1.1\" role=\"img\">\n";
  if (!scene.title.empty()) {
    out += "<title>";
    append_escaped(out, scene.title);
    out += "</title>\n";
  }
  if (!scene.desc.empty()) {
    out += "<desc>";
    append_escaped(out, scene.desc);
    out += "</desc>\n";
  }
  if (!writer.defs().empty()) {
    out += "<defs>\n";
    out += writer.defs();
    out += "</defs>\n";
  }
  if (background && background->a > 0) {
    out += "<rect width=\"100%\" height=\"100%\"";
    append_paint(out, "fill", *background, 1);
    out += "/>\n";
  }
  out += writer.body();
  out += "</svg>\n";
  return out;
}

}  // namespace merrow
