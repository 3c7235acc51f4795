// The whole render pipeline for one parsed diagram: config (CLI settings
// under the diagram's own front matter / init directives, as mermaid-cli
// applies them) -> layout -> scene -> image bytes.
// Post: never throws; on failure `error` says why and `data` is empty.
#pragma once
#include <optional>
#include <string>

#include <nlohmann/json.hpp>

#include "model/diagram.hpp"
#include "model/limits.hpp"
#include "render/cairo/output_format.hpp"
#include "render/text/font_measurer.hpp"

namespace merrow {

struct RenderSettings {
  std::optional<std::string> theme;  // --theme (the diagram's own config wins, as in mmdc)
  nlohmann::json config = nlohmann::json::object();  // --config FILE.json
  ImageOptions image;
  Limits limits;  // max_output_pixels: the image size, checked before drawing
};

struct RenderedImage {
  std::string data;
  std::string error;
  bool ok() const { return error.empty(); }
};

// The diagram's effective config: defaults <- settings.config <- --theme <- the diagram's raw config.
Config effective_config(const Config& diagram, const RenderSettings& settings);

RenderedImage render_diagram(const ParseResult& parsed, ImageFormat format,
                             const RenderSettings& settings, const FontMeasurer& fonts);

}  // namespace merrow
