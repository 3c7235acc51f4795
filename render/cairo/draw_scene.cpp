// PNG and PDF drawn on cairo surfaces in memory; SVG written by render/svg/.
#include "render/cairo/draw_scene.hpp"

#include <cairo-pdf.h>
#include <cairo.h>

#include <algorithm>
#include <cmath>

#include "render/cairo/paint_scene.hpp"
#include "render/cairo/png_writer.hpp"
#include "render/svg/svg_writer.hpp"

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

// Measured with mmdc 11.17 (mermaid-ref, -w 300..2000, diagrams 90..1293 px
// wide): the chart sits in an 8 px body margin and is never blown up.
double page_scale(const Scene& scene, const ImageOptions& options, ImageFormat format) {
  if (!options.page_width || format == ImageFormat::svg || !(scene.width > 0)) return 1;
  return std::min(1.0, std::max(1.0, *options.page_width - 16) / scene.width);
}

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

}  // namespace

std::string draw_scene(const Scene& scene, ImageFormat format, const ImageOptions& options,
                       const FontMeasurer& fonts) {
  std::string out;
  const double fit = fit_scale(scene, options) * page_scale(scene, options, format);
  const std::optional<Color> background = options.background ? options.background : scene.background;
  const double w = std::max(1.0, scene.width * fit), h = std::max(1.0, scene.height * fit);
  switch (format) {
    case ImageFormat::svg:
      out = write_svg(scene, fit, background, fonts, options.svg_id);
      break;
    case ImageFormat::pdf: {
      // mmdc's PDFs are Chromium prints: a CSS px is 0.75 pt (96 per inch).
      const double unit = options.page_width ? 0.75 : 1;
      cairo_surface_t* surface = cairo_pdf_surface_create_for_stream(append, &out, w * unit, h * unit);
      // Fixed metadata: cairo would otherwise stamp the current date.
      cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATE_DATE, "2000-01-01T00:00:00Z");
      cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_MOD_DATE, "2000-01-01T00:00:00Z");
      cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATOR, "merrow");
      if (!scene.title.empty())
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_TITLE, scene.title.c_str());
      paint(surface, scene, fit * unit, background, fonts, {.links = true});
      cairo_surface_finish(surface);
      cairo_surface_destroy(surface);
      break;
    }
    case ImageFormat::png: {
      const double s = fit * (options.scale > 0 ? options.scale : 1);
      double fw = std::ceil(scene.width * s - 1e-9), fh = std::ceil(scene.height * s - 1e-9);
      if (options.page_width) {  // mmdc clips whole CSS pixels, then scales the screenshot
        const double device = options.scale > 0 ? options.scale : 1;
        fw = std::round(std::ceil(scene.width * fit - 1e-9) * device);
        fh = std::round(std::ceil(scene.height * fit - 1e-9) * device);
      }
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
