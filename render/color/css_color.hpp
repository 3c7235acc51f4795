// Parsing and printing of CSS colours in every form a mermaid style or
// themeVariable may use: #rgb #rgba #rrggbb #rrggbbaa, rgb()/rgba(), hsl()/hsla()
// (comma or space separated, % or plain numbers, `/ alpha`), the 148 named
// colours and `transparent`. Pre: any text. Post: never throws; nullopt means
// "not a colour" (the caller ignores the declaration, as a browser does).
#pragma once
#include <optional>
#include <string>
#include <string_view>

#include "render/color/color.hpp"

namespace merrow {

std::optional<Color> parse_css_color(std::string_view text);
// "#rrggbb" when opaque, "rgba(r, g, b, a)" otherwise (for messages and tests).
std::string to_css(const Color& color);

}  // namespace merrow
