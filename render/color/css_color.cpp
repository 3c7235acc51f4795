// CSS colour syntax, as browsers accept it in `style` attributes. The parser
// is deliberately forgiving about whitespace and case and strict about
// everything else: a malformed value is "not a colour", never a guess.
#include "render/color/css_color.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <vector>

#include "render/color/hsl.hpp"
#include "render/color/named_colors.hpp"

namespace merrow {
namespace {

std::string lower_trimmed(std::string_view text) {
  while (!text.empty() && std::isspace(static_cast<unsigned char>(text.front()))) text.remove_prefix(1);
  while (!text.empty() && std::isspace(static_cast<unsigned char>(text.back()))) text.remove_suffix(1);
  std::string out(text);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

int hex_digit(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  return -1;
}

std::optional<Color> parse_hex(std::string_view digits) {
  std::array<int, 8> v{};
  for (size_t i = 0; i < digits.size(); ++i) {
    v[i] = hex_digit(digits[i]);
    if (v[i] < 0) return std::nullopt;
  }
  auto pair = [&](size_t i) { return (v[i] * 16 + v[i + 1]) / 255.0; };
  auto single = [&](size_t i) { return v[i] * 17 / 255.0; };
  switch (digits.size()) {
    case 3: return Color{single(0), single(1), single(2), 1};
    case 4: return Color{single(0), single(1), single(2), single(3)};
    case 6: return Color{pair(0), pair(2), pair(4), 1};
    case 8: return Color{pair(0), pair(2), pair(4), pair(6)};
    default: return std::nullopt;
  }
}

struct Component {
  double value = 0;
  bool percent = false;
};

// Splits "a, b, c / d" or "a b c / d" into numeric components; the alpha
// (after '/' or as a 4th comma item) is returned as the 4th component.
std::optional<std::vector<Component>> parse_components(std::string_view args) {
  std::vector<Component> out;
  size_t i = 0;
  while (i < args.size()) {
    char c = args[i];
    if (c == ' ' || c == ',' || c == '/' || c == '\t') {
      ++i;
      continue;
    }
    size_t end = i;
    while (end < args.size() && args[end] != ' ' && args[end] != ',' && args[end] != '/' &&
           args[end] != '\t')
      ++end;
    std::string_view token = args.substr(i, end - i);
    Component comp;
    if (token.ends_with("%")) {
      comp.percent = true;
      token.remove_suffix(1);
    } else if (token.ends_with("deg")) {
      token.remove_suffix(3);
    }
    if (token.starts_with("+")) token.remove_prefix(1);
    auto [ptr, ec] = std::from_chars(token.data(), token.data() + token.size(), comp.value);
    if (ec != std::errc() || ptr != token.data() + token.size() || !std::isfinite(comp.value))
      return std::nullopt;
    out.push_back(comp);
    i = end;
  }
  if (out.size() != 3 && out.size() != 4) return std::nullopt;
  return out;
}

double clamp01(double v) { return std::clamp(v, 0.0, 1.0); }

double alpha_of(const std::vector<Component>& c) {
  if (c.size() < 4) return 1;
  return clamp01(c[3].percent ? c[3].value / 100 : c[3].value);
}

std::optional<Color> parse_function(std::string_view name, std::string_view args) {
  auto comps = parse_components(args);
  if (!comps) return std::nullopt;
  const auto& c = *comps;
  if (name == "rgb" || name == "rgba") {
    auto channel = [](const Component& k) { return clamp01(k.percent ? k.value / 100 : k.value / 255); };
    return Color{channel(c[0]), channel(c[1]), channel(c[2]), alpha_of(c)};
  }
  if (name == "hsl" || name == "hsla") {
    Hsl hsl{c[0].value, std::clamp(c[1].value, 0.0, 100.0), std::clamp(c[2].value, 0.0, 100.0),
            alpha_of(c)};
    return from_hsl(hsl);
  }
  return std::nullopt;
}

}  // namespace

std::optional<Color> parse_css_color(std::string_view text) {
  std::string s = lower_trimmed(text);
  if (s.ends_with("!important")) s = lower_trimmed(std::string_view(s).substr(0, s.size() - 10));
  if (s.empty()) return std::nullopt;
  if (s[0] == '#') return parse_hex(std::string_view(s).substr(1));
  if (s == "transparent") return Color{0, 0, 0, 0};
  auto open = s.find('(');
  if (open != std::string::npos) {
    if (s.back() != ')') return std::nullopt;
    return parse_function(lower_trimmed(s.substr(0, open)),
                          std::string_view(s).substr(open + 1, s.size() - open - 2));
  }
  return named_color(s);
}

std::string to_css(const Color& color) {
  auto byte = [](double v) { return static_cast<int>(std::lround(clamp01(v) * 255)); };
  char buf[64];
  if (color.a >= 1)
    std::snprintf(buf, sizeof buf, "#%02x%02x%02x", byte(color.r), byte(color.g), byte(color.b));
  else
    std::snprintf(buf, sizeof buf, "rgba(%d, %d, %d, %g)", byte(color.r), byte(color.g),
                  byte(color.b), color.a);
  return buf;
}

}  // namespace merrow
