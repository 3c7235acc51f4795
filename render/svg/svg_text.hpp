// The text pieces of an SVG document: numbers, colours and escaped text.
// Numbers are printed with std::to_chars at a fixed precision and trailing
// zeros trimmed: locale-free, deterministic, and ~10x cheaper than printf's
// %f (which cairo's SVG surface spent half of a render in).
#pragma once
#include <string>
#include <string_view>

#include "render/color/color.hpp"

namespace merrow::svg {

// `value` rounded to `decimals` places, no trailing zeros, no "-0".
void append_number(std::string& out, double value, int decimals = 3);
// "#rrggbb" (alpha is written separately, as an opacity attribute).
void append_hex_color(std::string& out, const Color& color);
// ` fill="#rrggbb"` (or stroke), plus ` fill-opacity="a"` when the colour's
// alpha times `opacity` is below 1: how the cairo backend combines them.
void append_paint(std::string& out, const char* name, const Color& color, double opacity);
// Text with & < > " ' escaped: safe in element content and in "..." attributes.
void append_escaped(std::string& out, std::string_view text);

}  // namespace merrow::svg
