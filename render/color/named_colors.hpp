// CSS named colours. Pre: `lower_name` is already lower-case ASCII.
#pragma once
#include <optional>
#include <string_view>

#include "render/color/color.hpp"

namespace merrow {

// nullopt when the name is not one of the 148 CSS colour keywords
// ("transparent" and "currentcolor" are handled by parse_css_color).
std::optional<Color> named_color(std::string_view lower_name);

}  // namespace merrow
