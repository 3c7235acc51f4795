// Font Awesome 5/6 icon names -> the Font Awesome 4.7 icon that draws the same
// thing, for the 4.7 font merrow draws with (Debian's fonts-font-awesome).
// Font Awesome 5 renamed many 4.7 icons (line-chart -> chart-line, and the
// `-o` outlines became the `far` style of the plain name) and 6 renamed again
// (chart-column, house, xmark, ...). The table reverses Font Awesome's own
// upgrade lists (the v4 shims, metadata/shims.yml of FortAwesome/Font-Awesome,
// and the 5.0 upgrade table); the general rules cover the regular patterns.
// Shared by render (icon_font.cpp) and lint (M220), so both agree.
#pragma once
#include <functional>
#include <optional>
#include <string>
#include <string_view>

namespace merrow {

// The 4.7 name drawn for `name` (without `fa-`): `name` itself when the font
// has it, else the first 4.7 equivalent `has` accepts (the renamed table,
// then `NAME-o`, `NAME` without `-alt`, `circle-X` -> `X-circle`,
// `square-X` -> `X-square`); nullopt when 4.7 has no such icon.
std::optional<std::string> font_awesome_4_name(std::string_view name,
                                               const std::function<bool(std::string_view)>& has);

}  // namespace merrow
