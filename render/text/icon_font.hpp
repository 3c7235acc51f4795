// Font Awesome icons in labels (`fa:fa-car`, `fab:fa-github`, ...), drawn from
// Debian's fonts-font-awesome (Font Awesome 4.7):
//   <dir>/fonts/fontawesome-webfont.ttf   the glyphs
//   <dir>/css/font-awesome.css            `.fa-car:before { content: "\f1b9"; }`
// with <dir> = $MERROW_FONT_AWESOME_DIR or /usr/share/fonts-font-awesome.
// Names map to code points through the CSS, read once per process on the
// first icon lookup (a run without icons never touches either file).
// lint/rules/icons.cpp makes the same check with plain file reads (M220).
//
// Size: mermaid writes `<i class="fa fa-car">` inline; mermaid-cli's page
// loads Font Awesome 7, whose icons are fixed-width, 1.25 em (mermaid-ref:
// "fa:fa-car Car" is 24.45 px wider than "Car" at 16 px = 20 px icon + space).
// The glyph is drawn at the label's font size (`.fa { font-size: inherit }`),
// centred in that box (kIconWidthEm, layout/text/text_measurer.hpp), on the
// text baseline.
#pragma once
#include <map>
#include <optional>
#include <string>
#include <string_view>

namespace merrow {

struct IconCatalog {
  std::string font_file;  // empty when the font is not installed
  std::map<std::string, char32_t, std::less<>> code_points;  // "car" -> U+F1B9
};

// The directory searched ($MERROW_FONT_AWESOME_DIR or the Debian path).
std::string icon_font_dir();

// Reads <dir>'s font and CSS (no caching; tests point it at fixtures).
IconCatalog load_icon_catalog(const std::string& dir);

// The process-wide catalog of icon_font_dir(), loaded on first use. Thread-safe.
const IconCatalog& icon_catalog();

struct IconGlyph {
  std::string font_file;
  char32_t code_point = 0;
};

// `fa:fa-car` (an icon run's text) -> its glyph; nullopt when the font is
// not installed or the name is unknown.
std::optional<IconGlyph> find_icon(const IconCatalog& catalog, std::string_view icon);
std::optional<IconGlyph> find_icon(std::string_view icon);  // in icon_catalog()

// The icon's name without its prefix: "fab:fa-github" -> "github" ("" if not an icon).
std::string_view icon_name(std::string_view icon);

}  // namespace merrow
