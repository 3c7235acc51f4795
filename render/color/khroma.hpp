// khroma (the colour library mermaid's themes use) on colour *strings*, as
// mermaid calls it: each function parses a CSS colour, changes channels and
// prints the result the way khroma does, so a derived theme variable is the
// very string mermaid puts in its CSS:
//   an HSL change prints hsl(h, s%, l%) (numbers rounded to 1e-10),
//   an RGB result prints #rrggbb when its channels are integers and opaque,
//   rgb()/rgba() otherwise; a change that changes nothing returns the input.
// Keeping the strings (not 8-bit colours) between steps matters: mermaid's
// chains (darken twice, invert of a darkened hue) would drift by a unit per
// step if every intermediate were rounded to hex.
//
// Pre: any text. Post: never throws; text khroma cannot parse (khroma throws,
// mermaid then fails the diagram) comes back unchanged.
#pragma once
#include <string>
#include <string_view>

namespace merrow::khroma {

// Channel deltas for adjust(); 0 = channel untouched (khroma skips falsy deltas).
struct Delta {
  double h = 0, s = 0, l = 0;  // degrees, percent, percent
  double r = 0, g = 0, b = 0;  // 0..255
  double a = 0;
};

std::string adjust(std::string_view color, const Delta& delta);
std::string lighten(std::string_view color, double amount);  // l += amount
std::string darken(std::string_view color, double amount);   // l -= amount
std::string invert(std::string_view color);                  // weight 100
std::string rgba(double r, double g, double b, double a);    // khroma.rgba(r, g, b, a)

// mermaid's theme-helpers mkBorder: adjust(s -40, l -10), or l +10 in dark mode.
std::string mk_border(std::string_view color, bool dark_mode);

// True when khroma would parse `color` (mermaid's themes only derive from parsable ones).
bool parses(std::string_view color);

}  // namespace merrow::khroma
