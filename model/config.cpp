// apply_config_json: mermaid's config object onto merrow's Config. mermaid
// deep-merges every source (front matter `config:`, then each init directive),
// so raw is merged the same way: objects key by key, anything else replaced.
// Typed fields take mermaid's camelCase keys; numbers may be written as text
// ("fontSize": "20px" is common in the wild), so a leading number is read.
#include "model/config.hpp"

#include <cstdlib>
#include <optional>

namespace merrow {
namespace {

void deep_merge(nlohmann::json& target, const nlohmann::json& patch) {
  if (!patch.is_object() || !target.is_object()) {
    target = patch;
    return;
  }
  for (auto it = patch.begin(); it != patch.end(); ++it) {
    auto& slot = target[it.key()];
    if (slot.is_object() && it.value().is_object()) {
      deep_merge(slot, it.value());
    } else {
      slot = it.value();
    }
  }
}

std::optional<double> number_of(const nlohmann::json& value) {
  if (value.is_number()) return value.get<double>();
  if (value.is_string()) {
    const std::string& text = value.get_ref<const std::string&>();
    char* end = nullptr;
    const double number = std::strtod(text.c_str(), &end);
    if (end != text.c_str()) return number;
  }
  return std::nullopt;
}

std::optional<std::string> text_of(const nlohmann::json& value) {
  if (value.is_string()) return value.get<std::string>();
  if (value.is_number() || value.is_boolean()) return value.dump();
  return std::nullopt;
}

std::optional<bool> bool_of(const nlohmann::json& value) {
  if (value.is_boolean()) return value.get<bool>();
  if (value.is_string()) {
    if (value == "true") return true;
    if (value == "false") return false;
  }
  return std::nullopt;
}

// Reads object[key] into `field` when present and of a usable type.
template <typename T, typename Reader>
void read(const nlohmann::json& object, const char* key, T& field, Reader reader) {
  const auto it = object.find(key);
  if (it == object.end()) return;
  if (auto value = reader(*it)) field = *value;
}

void apply_flowchart(FlowchartConfig& flowchart, const nlohmann::json& object) {
  read(object, "nodeSpacing", flowchart.node_spacing, number_of);
  read(object, "rankSpacing", flowchart.rank_spacing, number_of);
  read(object, "diagramPadding", flowchart.diagram_padding, number_of);
  read(object, "padding", flowchart.padding, number_of);
  read(object, "wrappingWidth", flowchart.wrapping_width, number_of);
  read(object, "curve", flowchart.curve, text_of);
  read(object, "htmlLabels", flowchart.html_labels, bool_of);
}

void apply_theme_variables(Config& config, const nlohmann::json& object) {
  for (auto it = object.begin(); it != object.end(); ++it) {
    if (auto value = text_of(it.value())) config.theme_variables[it.key()] = *value;
  }
  read(object, "fontFamily", config.font_family, text_of);
  read(object, "fontSize", config.font_size, number_of);
}

}  // namespace

void apply_config_json(Config& config, const nlohmann::json& object) {
  if (!object.is_object()) return;
  deep_merge(config.raw, object);
  read(object, "theme", config.theme, text_of);
  read(object, "fontFamily", config.font_family, text_of);
  read(object, "fontSize", config.font_size, number_of);
  read(object, "look", config.look, text_of);
  read(object, "layout", config.layout, text_of);
  read(object, "title", config.title, text_of);
  read(object, "htmlLabels", config.html_labels, bool_of);
  if (const auto it = object.find("themeVariables"); it != object.end() && it->is_object()) {
    apply_theme_variables(config, *it);
  }
  if (const auto it = object.find("flowchart"); it != object.end() && it->is_object()) {
    apply_flowchart(config.flowchart, *it);
  }
  if (const auto it = object.find("mindmap"); it != object.end() && it->is_object()) {
    read(*it, "padding", config.mindmap.padding, number_of);
    read(*it, "maxNodeWidth", config.mindmap.max_node_width, number_of);
  }
}

}  // namespace merrow
