// Output formats and the options that shape an image.
#pragma once
#include <optional>
#include <string>
#include <string_view>

#include "render/color/color.hpp"

namespace merrow {

enum class ImageFormat : unsigned char { svg, png, pdf };

// "svg" | "png" | "pdf" (case-insensitive); nullopt otherwise.
std::optional<ImageFormat> image_format_from_name(std::string_view name);
// From a file name's extension ("out.PNG" -> png); nullopt for none/unknown.
std::optional<ImageFormat> image_format_from_path(std::string_view path);

struct ImageOptions {
  double scale = 1;                  // device pixel ratio (PNG); > 0
  std::optional<double> width;       // fit the drawing to this width (px, before scale)
  std::optional<double> height;      // ... and/or this height (aspect kept)
  std::optional<Color> background;   // overrides the scene's; alpha 0 = transparent
  std::optional<double> page_width;  // mmdc's page (-w): a PNG/PDF keeps its own size, shrunk to fit
                                     // page_width - 16 (the page's margins); PNG pixels are whole
                                     // CSS px times scale, rounded, as mmdc's screenshot (an SVG keeps its size)
  std::string svg_id;                // SVG: the root <svg> id and the prefix of every id inside
                                     // (mmdc's --svgId); "" = one derived from the diagram's content
};

}  // namespace merrow
