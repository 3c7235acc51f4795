#include "cli/mmdc/mmdc_io.hpp"

#include <filesystem>

namespace merrow::mmdc {

namespace fs = std::filesystem;

bool ends_with_markdown(const std::string& path) {
  return path.ends_with(".md") || path.ends_with(".markdown");
}

std::string numbered_output(const std::string& output, size_t n, const std::string& format,
                            const std::optional<std::string>& artefacts) {
  const size_t dot = output.rfind('.');
  std::string name = output.substr(0, dot) + "-" + std::to_string(n) + output.substr(dot);
  if (ends_with_markdown(name)) name = name.substr(0, name.rfind('.')) + "." + format;
  if (artefacts) name = (fs::absolute(*artefacts) / fs::path(name).filename()).lexically_normal().string();
  return name;
}

std::string relative_link(const std::string& output, const std::string& image) {
  const fs::path from = fs::absolute(output).lexically_normal().parent_path();
  const fs::path to = fs::absolute(image).lexically_normal();
  return "./" + to.lexically_relative(from).generic_string();
}

}  // namespace merrow::mmdc
