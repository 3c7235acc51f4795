// The public API (include/merrow/merrow.hpp) over the internal pipeline.
#include "merrow/merrow.hpp"

#include "grammar/parse.hpp"
#include "layout/layout.hpp"
#include "layout/layout_json.hpp"
#include "model/limits.hpp"
#include "render/color/css_color.hpp"
#include "render/render_diagram.hpp"

namespace merrow {
namespace {

// One measurer per process: fonts are resolved and loaded once.
const FontMeasurer& shared_fonts() {
  static const FontMeasurer fonts;
  return fonts;
}

ImageFormat internal(OutputFormat f) {
  switch (f) {
    case OutputFormat::png: return ImageFormat::png;
    case OutputFormat::pdf: return ImageFormat::pdf;
    case OutputFormat::svg: break;
  }
  return ImageFormat::svg;
}

}  // namespace

ParseReport parse(std::string_view text) {
  Source source("<memory>", std::string(text));
  ParseResult parsed = parse_diagram(source);
  ParseReport report;
  report.ok = parsed.supported && parsed.ok();
  report.type = parsed.type;
  for (const Diagnostic& d : parsed.diagnostics) {
    if (d.severity != Severity::error) continue;
    Position at = source.position(d.span.begin);
    std::string error = std::to_string(at.line) + ":" + std::to_string(at.column) + ": " + d.message;
    for (const Note& note : d.notes) {
      if (!note.span) continue;
      const Position noted = source.position(note.span->begin);
      error += " (note: " + note.message + ", " + std::to_string(noted.line) + ":" + std::to_string(noted.column) + ")";
    }
    report.errors.push_back(std::move(error));
  }
  return report;
}

std::string layout_json(std::string_view text, const RenderOptions& options) {
  ParseResult parsed = parse_diagram(Source("<memory>", std::string(text)));
  RenderSettings settings;
  if (!options.theme.empty()) settings.theme = options.theme;
  if (!options.config_json.empty()) settings.config = nlohmann::json::parse(options.config_json, nullptr, false);
  if (!settings.config.is_object()) settings.config = nlohmann::json::object();
  accept_past_mermaid_edge_limit(parsed, site_max_edges(settings.config));  // as `merrow layout`
  if (!parsed.ok()) return {};
  if (auto* chart = std::get_if<Flowchart>(&parsed.diagram)) {
    chart->config = effective_config(chart->config, settings);
    return merrow::layout_json(layout_flowchart(*chart, shared_fonts()));
  }
  if (auto* map = std::get_if<Mindmap>(&parsed.diagram)) {
    map->config = effective_config(map->config, settings);
    return merrow::layout_json(layout_mindmap(*map, shared_fonts()));
  }
  return {};
}

RenderResult render(std::string_view text, OutputFormat format, const RenderOptions& options) {
  RenderResult result;
  RenderSettings settings;
  if (!options.theme.empty()) settings.theme = options.theme;
  if (!options.config_json.empty()) {
    settings.config = nlohmann::json::parse(options.config_json, nullptr, false);
    if (settings.config.is_discarded() || !settings.config.is_object()) {
      result.error = "the config is not a JSON object";
      return result;
    }
  }
  settings.image.scale = options.scale;
  settings.image.width = options.width;
  settings.image.height = options.height;
  settings.image.svg_id = options.svg_id;
  if (!options.background.empty()) {
    auto c = parse_css_color(options.background);
    if (!c) {
      result.error = "unknown background colour '" + options.background + "'";
      return result;
    }
    settings.image.background = c;
  }
  ParseResult parsed = parse_diagram(Source("<memory>", std::string(text)));
  // Past mermaid's maxEdges merrow still draws, as `merrow render` does; a site
  // config's maxEdges (config_json) is what mermaid would honour.
  accept_past_mermaid_edge_limit(parsed, site_max_edges(settings.config));
  result.type = parsed.type;
  if (parsed.supported && !parsed.ok()) {  // mermaid would not render it either
    result.error = parsed.diagnostics.empty() ? "no diagram found" : parsed.diagnostics.front().message;
    return result;
  }
  RenderedImage image = render_diagram(parsed, internal(format), settings, shared_fonts());
  result.data = std::move(image.data);
  result.error = std::move(image.error);
  return result;
}

std::string render_svg(std::string_view text, const RenderOptions& options) {
  return render(text, OutputFormat::svg, options).data;
}
std::string render_png(std::string_view text, const RenderOptions& options) {
  return render(text, OutputFormat::png, options).data;
}
std::string render_pdf(std::string_view text, const RenderOptions& options) {
  return render(text, OutputFormat::pdf, options).data;
}

}  // namespace merrow
