#include "render/svg/svg_text.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdint>

namespace merrow::svg {

namespace {

// The digits of |value| rounded to `decimals` places through an integer,
// when that gives exactly what to_chars' exact decimal rounding gives: the
// scaled value is small enough for its product error (< 2^-26) to stay far
// from a rounding tie. to_chars(fixed, precision) costs ~200 instructions a
// number (ryu's d2fixed), a fifth of a whole one-diagram run; this ~30.
bool append_fast(std::string& out, double value, int decimals) {
  static constexpr double powers[] = {1, 10, 100, 1000, 1e4, 1e5, 1e6};
  static constexpr uint32_t int_powers[] = {1, 10, 100, 1000, 10000, 100000, 1000000};
  if (decimals < 0 || decimals > 6) return false;
  const double scaled = std::fabs(value) * powers[decimals];
  if (!(scaled < 1e8)) return false;
  const double whole = std::floor(scaled);
  const double fraction = scaled - whole;
  if (std::fabs(fraction - 0.5) < 1e-6) return false;  // near a tie: let to_chars decide exactly
  const uint32_t digits = static_cast<uint32_t>(whole) + (fraction > 0.5 ? 1 : 0);
  if (digits == 0) {
    out += '0';
    return true;
  }
  const uint32_t integer = digits / int_powers[decimals];
  uint32_t fraction_digits = digits % int_powers[decimals];
  int places = decimals;
  if (fraction_digits != 0)
    while (fraction_digits % 10 == 0) {  // trailing zeros dropped
      fraction_digits /= 10;
      --places;
    }
  char buffer[24];
  char* at = buffer;
  if (value < 0) *at++ = '-';
  at = std::to_chars(at, buffer + sizeof buffer, integer).ptr;
  if (fraction_digits != 0) {
    *at++ = '.';
    for (int k = places - 1; k >= 0; --k, fraction_digits /= 10) at[k] = static_cast<char>('0' + fraction_digits % 10);
    at += places;
  }
  out.append(buffer, at);
  return true;
}

}  // namespace

void append_number(std::string& out, double value, int decimals) {
  if (!std::isfinite(value)) value = 0;  // the scene never holds these; never write "nan"
  if (append_fast(out, value, decimals)) return;
  char buffer[64];
  auto [end, error] = std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::fixed, decimals);
  if (error != std::errc()) {  // beyond 1e60: not a drawing any viewer shows
    out += '0';
    return;
  }
  char* dot = std::find(buffer, end, '.');
  if (dot != end) {
    while (end[-1] == '0') --end;
    if (end[-1] == '.') --end;
  }
  std::string_view text(buffer, static_cast<size_t>(end - buffer));
  if (text == "-0") text = "0";
  out += text;
}

void append_hex_color(std::string& out, const Color& color) {
  static constexpr char digits[] = "0123456789abcdef";
  out += '#';
  for (double channel : {color.r, color.g, color.b}) {
    const int v = static_cast<int>(std::lround(std::clamp(channel, 0.0, 1.0) * 255));
    out += digits[v >> 4];
    out += digits[v & 15];
  }
}

void append_paint(std::string& out, const char* name, const Color& color, double opacity) {
  out += ' ';
  out += name;
  out += "=\"";
  append_hex_color(out, color);
  out += '"';
  const double alpha = std::clamp(color.a * opacity, 0.0, 1.0);
  if (alpha < 1) {
    out += ' ';
    out += name;
    out += "-opacity=\"";
    append_number(out, alpha);
    out += '"';
  }
}

void append_escaped(std::string& out, std::string_view text) {
  for (char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default: out += c;
    }
  }
}

}  // namespace merrow::svg
