// mmdc's --cssFile onto merrow's styles. mmdc appends the file as a <style>
// after mermaid's own, whose rules are all scoped by the svg id
// (`#my-svg .node rect{...}`): a plain `.node rect { fill: red }` loses to
// them and changes nothing, while `!important` or an `#my-svg ...` selector
// wins (checked with mmdc 11.17). The winning declarations on mermaid's
// standard selectors become theme variables, those on a diagram class's
// shapes (`.core rect`, `.core > *`) classDef declarations; everything else
// is reported.
#pragma once
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace merrow::mmdc {

struct ClassStyle {  // `.core rect { fill: red !important }` as `classDef core fill:red`
  std::string class_name;
  std::vector<std::pair<std::string, std::string>> declarations;  // property, value
};

struct CssMapping {
  nlohmann::json theme_variables = nlohmann::json::object();  // e.g. {"mainBkg": "#f00"}
  std::vector<ClassStyle> class_styles;                        // in the file's order
  std::vector<std::string> unmapped;  // selectors (or at-rules) not applied, first-seen order, once each
};

// svg_id: the root id the rules may be scoped by ("my-svg" unless -I).
CssMapping map_css(std::string_view css, std::string_view svg_id);

}  // namespace merrow::mmdc
