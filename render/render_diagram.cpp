#include "render/render_diagram.hpp"

#include <utility>

#include "layout/layout.hpp"
#include "render/cairo/draw_scene.hpp"
#include "render/mindmap/mindmap_scene.hpp"
#include "render/scene/flowchart_scene.hpp"
#include "render/theme/theme.hpp"

namespace merrow {

Config effective_config(const Config& diagram, const RenderSettings& settings) {
  Config config;
  if (settings.config.is_object()) apply_config_json(config, settings.config);
  config.site_theme_variables = std::exchange(config.theme_variables, {});
  if (settings.theme) apply_config_json(config, nlohmann::json{{"theme", *settings.theme}});
  if (diagram.raw.is_object() && !diagram.raw.empty()) apply_config_json(config, diagram.raw);
  if (diagram.title) config.title = diagram.title;
  return config;
}

RenderedImage render_diagram(const ParseResult& parsed, ImageFormat format,
                             const RenderSettings& settings, const FontMeasurer& fonts) {
  RenderedImage out;
  try {
    Scene scene;
    if (const auto* chart = std::get_if<Flowchart>(&parsed.diagram)) {
      Flowchart configured = *chart;
      configured.config = effective_config(chart->config, settings);
      LayoutResult layout = layout_flowchart(configured, fonts);
      scene = build_flowchart_scene(configured, layout, theme_variables(configured.config));
      scene.role_description = "flowchart-v2";
    } else if (const auto* map = std::get_if<Mindmap>(&parsed.diagram)) {
      Mindmap configured = *map;
      configured.config = effective_config(map->config, settings);
      LayoutResult layout = layout_mindmap(configured, fonts);
      scene = build_mindmap_scene(configured, layout, theme_variables(configured.config));
      scene.role_description = "mindmap";
    } else {
      out.error = parsed.type.empty() ? "no diagram found"
                                      : "'" + parsed.type + "' diagrams are not supported (flowchart and mindmap only)";
      return out;
    }
    // --max-output-pixels bounds raster memory, before any surface is made;
    // SVG and PDF stay vectors, so a big chart's SVG is never refused.
    const double fit = fit_scale(scene, settings.image);
    const double device = format == ImageFormat::png && settings.image.scale > 0 ? settings.image.scale : 1;
    if (auto too_big = format == ImageFormat::png
                           ? check_output_pixels(scene.width * fit, scene.height * fit, device, settings.limits)
                           : std::nullopt) {
      out.error = too_big->message + " (" + too_big->notes.front().message + ")";
      return out;
    }
    out.data = draw_scene(scene, format, settings.image, fonts);
    if (out.data.empty()) out.error = "the image is too large to draw (reduce --scale or --width)";
  } catch (const std::exception& e) {
    out.error = std::string("rendering failed: ") + e.what();
  }
  return out;
}

}  // namespace merrow
