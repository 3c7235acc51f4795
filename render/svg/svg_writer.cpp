#include "render/svg/svg_writer.hpp"

#include <algorithm>
#include <cstdint>

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
  // 64 KB: a small diagram's body never reallocates (each doubling copied it all).
  explicit Writer(const FontMeasurer& fonts) : fonts_(fonts) { body_.reserve(64 << 10); }

  void items(const std::vector<SceneItem>& list) {
    for (const SceneItem& item : list) {
      if (const auto* path = std::get_if<PathItem>(&item)) this->path(*path);
      else if (const auto* text = std::get_if<TextItem>(&item)) this->text(*text);
      else if (const auto* group = std::get_if<GroupItem>(&item)) this->group(*group);
    }
  }

  const std::string& body() const { return body_; }
  const std::vector<size_t>& body_marks() const { return marks_; }
  const svg::GlyphDefs& glyphs() const { return glyphs_; }

 private:
  // The document's id prefix goes here (see write_svg).
  void mark() { marks_.push_back(body_.size()); }

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
      body_ += "<g aria-hidden=\"true\"";
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
        mark();
        body_ += '-';
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
    if (item.font_file.empty()) text_layer(item, runs, x0);
  }

  // The label once more as real text, invisible, over its outlines: what
  // find-in-page, selection, copy and screen readers read. textLength makes
  // the browser's font span exactly the drawn advance, so a selection
  // highlights the outlines. Icon glyphs (an icon font's private code
  // points) are not words and are left out.
  void text_layer(const TextItem& item, const std::vector<GlyphRun>& runs, double x0) {
    double advance = 0;
    for (const GlyphRun& run : runs) advance += run.advance;
    if (!(advance > 0)) return;
    body_ += "<text x=\"";
    append_number(body_, x0);
    body_ += "\" y=\"";
    append_number(body_, item.origin.y);
    body_ += "\" font-family=\"";
    const GlyphRun* first = runs.empty() ? nullptr : &runs.front();
    append_escaped(body_, first && first->font ? font_file(*first->font).family : std::string_view(item.font.family));
    body_ += '"';
    attribute("font-size", item.font.size);
    if (item.font.bold) body_ += " font-weight=\"bold\"";
    if (item.font.italic) body_ += " font-style=\"italic\"";
    attribute("textLength", advance);
    body_ += " lengthAdjust=\"spacingAndGlyphs\" fill-opacity=\"0\"";
    if (item.text.front() == ' ' || item.text.back() == ' ' || item.text.find("  ") != std::string::npos)
      body_ += " xml:space=\"preserve\"";
    body_ += '>';
    append_escaped(body_, item.text);
    body_ += "</text>\n";
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
      mark();
      body_ += '-';
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
  std::vector<size_t> marks_;
};

// A document whose ids still lack their prefix: the text and where it goes.
struct Unprefixed {
  std::string text;
  std::vector<size_t> marks;

  void mark() { marks.push_back(text.size()); }
  void append(const std::string& part, const std::vector<size_t>& part_marks) {
    for (size_t m : part_marks) marks.push_back(text.size() + m);
    text += part;
  }
  std::string with_prefix(std::string_view prefix) const {
    std::string out;
    out.reserve(text.size() + marks.size() * prefix.size());
    size_t from = 0;
    for (size_t m : marks) {
      out.append(text, from, m - from);
      out += prefix;
      from = m;
    }
    out.append(text, from, std::string::npos);
    return out;
  }
};

// An id prefix from the document itself (FNV-1a 64 of every byte but the
// prefixes): the same drawing always gets the same ids, different drawings
// different ones, so SVGs inlined in one HTML page never share an id.
std::string derived_prefix(const std::string& text) {
  constexpr uint64_t prime = 0x100000001b3ull;
  uint64_t hash = 0xcbf29ce484222325ull;
  const auto* p = reinterpret_cast<const unsigned char*>(text.data());
  size_t n = text.size();
  // Eight bytes an iteration: the same FNV-1a, without the loop's own
  // instructions per byte (a seed SVG is ~40 KB, hashed on every render).
  for (; n >= 8; p += 8, n -= 8) {
    hash = (hash ^ p[0]) * prime;
    hash = (hash ^ p[1]) * prime;
    hash = (hash ^ p[2]) * prime;
    hash = (hash ^ p[3]) * prime;
    hash = (hash ^ p[4]) * prime;
    hash = (hash ^ p[5]) * prime;
    hash = (hash ^ p[6]) * prime;
    hash = (hash ^ p[7]) * prime;
  }
  for (; n > 0; ++p, --n) hash = (hash ^ *p) * prime;
  static constexpr char digits[] = "0123456789abcdef";
  std::string prefix = "merrow-";
  for (int shift = 60; shift >= 20; shift -= 4) prefix += digits[(hash >> shift) & 15];
  return prefix;
}

}  // namespace

std::string write_svg(const Scene& scene, double fit, const std::optional<Color>& background,
                      const FontMeasurer& fonts, std::string_view svg_id) {
  Writer writer(fonts);
  writer.items(scene.items);
  const double w = std::max(1.0, scene.width * fit), h = std::max(1.0, scene.height * fit);
  Unprefixed doc;
  doc.text.reserve(writer.body().size() + writer.glyphs().defs().size() + 1024);
  doc.text += "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg id=\"";
  doc.mark();
  doc.text += "\" xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" width=\"";
  append_number(doc.text, w);
  doc.text += "px\" height=\"";
  append_number(doc.text, h);
  doc.text += "px\" viewBox=\"0 0 ";
  append_number(doc.text, w / fit);
  doc.text += ' ';
  append_number(doc.text, h / fit);
  // mermaid's roles: a graphics document (its text readable), not an opaque img.
  doc.text += "\" version=\"1.1\" role=\"graphics-document document\"";
  if (!scene.role_description.empty()) {
    doc.text += " aria-roledescription=\"";
    append_escaped(doc.text, scene.role_description);
    doc.text += '"';
  }
  if (!scene.desc.empty()) {
    doc.text += " aria-describedby=\"chart-desc-";
    doc.mark();
    doc.text += '"';
  }
  if (!scene.title.empty()) {
    doc.text += " aria-labelledby=\"chart-title-";
    doc.mark();
    doc.text += '"';
  }
  doc.text += ">\n";
  if (!scene.title.empty()) {
    doc.text += "<title id=\"chart-title-";
    doc.mark();
    doc.text += "\">";
    append_escaped(doc.text, scene.title);
    doc.text += "</title>\n";
  }
  if (!scene.desc.empty()) {
    doc.text += "<desc id=\"chart-desc-";
    doc.mark();
    doc.text += "\">";
    append_escaped(doc.text, scene.desc);
    doc.text += "</desc>\n";
  }
  if (!writer.glyphs().defs().empty()) {
    doc.text += "<defs>\n";
    doc.append(writer.glyphs().defs(), writer.glyphs().marks());
    doc.text += "</defs>\n";
  }
  if (background && background->a > 0) {
    doc.text += "<rect width=\"100%\" height=\"100%\"";
    append_paint(doc.text, "fill", *background, 1);
    doc.text += "/>\n";
  }
  doc.append(writer.body(), writer.body_marks());
  doc.text += "</svg>\n";
  if (svg_id.empty()) return doc.with_prefix(derived_prefix(doc.text));
  std::string escaped;
  append_escaped(escaped, svg_id);
  return doc.with_prefix(escaped);
}

}  // namespace merrow
