// Surfaces for SVG, PNG and PDF written into memory (SVG fix-ups in
// svg_postprocess.cpp).
#include "render/cairo/draw_scene.hpp"

#include <cairo-pdf.h>
#include <cairo-svg.h>
#include <cairo.h>

#include <algorithm>
#include <cmath>

#include "render/cairo/paint_scene.hpp"
#include "render/cairo/png_writer.hpp"
#include "render/cairo/svg_postprocess.hpp"

namespace merrow {

double fit_scale(const Scene& scene, const ImageOptions& options) {
  double s = 1;
  bool fitted = false;
  if (options.width && *options.width > 0 && scene.width > 0) {
    s = *options.width / scene.width;
    fitted = true;
  }
  if (options.height && *options.height > 0 && scene.height > 0) {
    double h = *options.height / scene.height;
    s = fitted ? std::min(s, h) : h;
  }
  return s;
}

namespace {

cairo_status_t append(void* closure, const unsigned char* data, unsigned int length) {
  static_cast<std::string*>(closure)->append(reinterpret_cast<const char*>(data), length);
  return CAIRO_STATUS_SUCCESS;
}

void paint(cairo_surface_t* surface, const Scene& scene, double scale,
           const std::optional<Color>& background, const FontMeasurer& fonts,
           const PaintOptions& paint_options) {
  CairoFaces faces;
  cairo_t* cr = cairo_create(surface);
  cairo_scale(cr, scale, scale);
  // Unhinted outlines and metrics: the PNG then matches the SVG/PDF glyph
  // paths (and Chromium's subpixel-positioned text) instead of snapping.
  cairo_font_options_t* font_options = cairo_font_options_create();
  cairo_font_options_set_hint_style(font_options, CAIRO_HINT_STYLE_NONE);
  cairo_font_options_set_hint_metrics(font_options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_antialias(font_options, CAIRO_ANTIALIAS_GRAY);
  cairo_set_font_options(cr, font_options);
  cairo_font_options_destroy(font_options);
  if (background && background->a > 0) {
    // The whole surface: a PNG's size is rounded up to whole pixels, and a
    // scene-sized rectangle left its last column/row partly transparent.
    cairo_set_source_rgba(cr, background->r, background->g, background->b, background->a);
    cairo_paint(cr);
  }
  paint_items(cr, scene.items, fonts, faces, paint_options);
  cairo_destroy(cr);
  cairo_surface_flush(surface);
}

// Bounds of every linked group (control points bound the curves).
void collect_links(const std::vector<SceneItem>& items, Point offset, std::vector<SvgLink>& out) {
  for (const SceneItem& item : items) {
    const auto* group = std::get_if<GroupItem>(&item);
    if (!group) continue;
    const Point at{offset.x + group->translate.x, offset.y + group->translate.y};
    if (!group->link.empty()) {
      double x0 = 1e300, y0 = 1e300, x1 = -1e300, y1 = -1e300;
      for (const SceneItem& child : group->items)
        if (const auto* path = std::get_if<PathItem>(&child))
          for (const PathCommand& cmd : path->path)
            for (int i = 0; i < (cmd.kind == PathCommand::Kind::cubic ? 3 : cmd.kind == PathCommand::Kind::close ? 0 : 1); ++i) {
              x0 = std::min(x0, cmd.p[i].x), y0 = std::min(y0, cmd.p[i].y);
              x1 = std::max(x1, cmd.p[i].x), y1 = std::max(y1, cmd.p[i].y);
            }
      if (x0 <= x1 && y0 <= y1)
        out.push_back({group->link, {at.x + (x0 + x1) / 2, at.y + (y0 + y1) / 2, x1 - x0, y1 - y0}});
    }
    collect_links(group->items, at, out);
  }
}

}  // namespace

std::string draw_scene(const Scene& scene, ImageFormat format, const ImageOptions& options,
                       const FontMeasurer& fonts) {
  std::string out;
  const double fit = fit_scale(scene, options);
  const std::optional<Color> background = options.background ? options.background : scene.background;
  const double w = std::max(1.0, scene.width * fit), h = std::max(1.0, scene.height * fit);
  switch (format) {
    case ImageFormat::svg: {
      cairo_surface_t* surface = cairo_svg_surface_create_for_stream(append, &out, w, h);
      cairo_svg_surface_restrict_to_version(surface, CAIRO_SVG_VERSION_1_1);
      paint(surface, scene, fit, background, fonts, {});
      cairo_surface_finish(surface);
      cairo_surface_destroy(surface);
      std::vector<SvgLink> links;
      collect_links(scene.items, {0, 0}, links);
      for (SvgLink& link : links)  // into the fitted drawing's space
        link.bounds = {link.bounds.cx * fit, link.bounds.cy * fit, link.bounds.width * fit, link.bounds.height * fit};
      postprocess_svg(out, scene.title, scene.desc, links);
      break;
    }
    case ImageFormat::pdf: {
      cairo_surface_t* surface = cairo_pdf_surface_create_for_stream(append, &out, w, h);
      // Fixed metadata: cairo would otherwise stamp the current date.
      cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATE_DATE, "2000-01-01T00:00:00Z");
      cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_MOD_DATE, "2000-01-01T00:00:00Z");
      cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATOR, "merrow");
      if (!scene.title.empty())
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_TITLE, scene.title.c_str());
      paint(surface, scene, fit, background, fonts, {.links = true});
      cairo_surface_finish(surface);
      cairo_surface_destroy(surface);
      break;
    }
    case ImageFormat::png: {
      const double s = fit * (options.scale > 0 ? options.scale : 1);
      const double fw = std::ceil(scene.width * s - 1e-9), fh = std::ceil(scene.height * s - 1e-9);
      // cairo's limit is 32767 px a side; 100 Mpx (400 MB) is our own bound.
      if (!(fw <= 32767 && fh <= 32767 && fw * fh <= 1e8)) return {};
      const int pw = std::max(1, static_cast<int>(fw)), ph = std::max(1, static_cast<int>(fh));
      cairo_surface_t* surface = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, pw, ph);
      paint(surface, scene, s, background, fonts, {.text_as_paths = true});
      out = encode_png(surface);
      cairo_surface_destroy(surface);
      break;
    }
  }
  return out;
}

}  // namespace merrow
