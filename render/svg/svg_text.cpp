#include "render/svg/svg_text.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>

namespace merrow::svg {

void append_number(std::string& out, double value, int decimals) {
  if (!std::isfinite(value)) value = 0;  // the scene never holds these; never write "nan"
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
