#include "render/cairo/output_format.hpp"

#include <cctype>
#include <string>

namespace merrow {

std::optional<ImageFormat> image_format_from_name(std::string_view name) {
  std::string n(name);
  for (char& c : n) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (n == "svg") return ImageFormat::svg;
  if (n == "png") return ImageFormat::png;
  if (n == "pdf") return ImageFormat::pdf;
  return std::nullopt;
}

std::optional<ImageFormat> image_format_from_path(std::string_view path) {
  auto slash = path.rfind('/');
  auto dot = path.rfind('.');
  if (dot == std::string_view::npos || (slash != std::string_view::npos && dot < slash))
    return std::nullopt;
  return image_format_from_name(path.substr(dot + 1));
}

}  // namespace merrow
