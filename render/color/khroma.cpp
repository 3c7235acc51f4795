// A port of khroma 2.1's string-level behaviour (mermaid 11's colour library):
// Color.parse, the lazily converted Channels object, adjust/change/
// adjustChannel/invert/mix/rgba, and Color.stringify. Comments name the
// khroma function each piece mirrors.
#include "render/color/khroma.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <numbers>
#include <optional>

#include "render/color/hsl.hpp"
#include "render/color/named_colors.hpp"

namespace merrow::khroma {
namespace {

// utils/channel.js clamp.*
double clamp_rgb(double v) { return v >= 255 ? 255 : (v < 0 ? 0 : v); }
double clamp_pct(double v) { return v >= 100 ? 100 : (v < 0 ? 0 : v); }
double clamp_alpha(double v) { return v >= 1 ? 1 : (v < 0 ? 0 : v); }
double clamp_hue(double v) { return std::fmod(v, 360.0); }  // JS `%`: keeps the sign

enum class Type { all, rgb, hsl };

// channels/index.js: data holds whichever channels are known; the other
// model is computed on demand; setting a channel fixes the type.
struct Channels {
  std::optional<double> r, g, b, h, s, l;
  double a = 1;
  Type type = Type::all;
  bool changed = false;
  std::string color;  // the text parsed (returned when nothing changed)

  double hsl2rgb(char channel) const {  // utils/channel.js hsl2rgb
    double hh = *h / 360, ss = *s / 100, ll = *l / 100;
    if (!*s) return *l * 2.55;
    const double q = ll < .5 ? ll * (1 + ss) : (ll + ss) - (ll * ss);
    const double p = 2 * ll - q;
    switch (channel) {
      case 'r': return hue2rgb(p, q, hh + 1.0 / 3) * 255;
      case 'g': return hue2rgb(p, q, hh) * 255;
      default: return hue2rgb(p, q, hh - 1.0 / 3) * 255;
    }
  }
  double rgb2hsl(char channel) const {  // utils/channel.js rgb2hsl
    const double rr = *r / 255, gg = *g / 255, bb = *b / 255;
    const double mx = std::max({rr, gg, bb}), mn = std::min({rr, gg, bb});
    const double ll = (mx + mn) / 2;
    if (channel == 'l') return ll * 100;
    if (mx == mn) return 0;
    const double d = mx - mn;
    const double ss = ll > .5 ? d / (2 - mx - mn) : d / (mx + mn);
    if (channel == 's') return ss * 100;
    if (mx == rr) return ((gg - bb) / d + (gg < bb ? 6 : 0)) * 60;
    if (mx == gg) return ((bb - rr) / d + 2) * 60;
    return ((rr - gg) / d + 4) * 60;
  }
  void ensure_hsl() {
    if (!h) h = rgb2hsl('h');
    if (!s) s = rgb2hsl('s');
    if (!l) l = rgb2hsl('l');
  }
  void ensure_rgb() {
    if (!r) r = hsl2rgb('r');
    if (!g) g = hsl2rgb('g');
    if (!b) b = hsl2rgb('b');
  }
  double get_rgb(std::optional<double>& slot, char channel) {
    if (type != Type::hsl && slot) return *slot;
    ensure_hsl();
    return hsl2rgb(channel);
  }
  double get_hsl(std::optional<double>& slot, char channel) {
    if (type != Type::rgb && slot) return *slot;
    ensure_rgb();
    return rgb2hsl(channel);
  }
  double get(char channel) {
    switch (channel) {
      case 'r': return get_rgb(r, 'r');
      case 'g': return get_rgb(g, 'g');
      case 'b': return get_rgb(b, 'b');
      case 'h': return get_hsl(h, 'h');
      case 's': return get_hsl(s, 's');
      case 'l': return get_hsl(l, 'l');
      default: return a;
    }
  }
  void set(char channel, double value) {
    changed = true;
    switch (channel) {
      case 'r': type = Type::rgb, r = value; break;
      case 'g': type = Type::rgb, g = value; break;
      case 'b': type = Type::rgb, b = value; break;
      case 'h': type = Type::hsl, h = value; break;
      case 's': type = Type::hsl, s = value; break;
      case 'l': type = Type::hsl, l = value; break;
      default: a = value;
    }
  }
};

double clamp_channel(char channel, double v) {
  switch (channel) {
    case 'r': case 'g': case 'b': return clamp_rgb(v);
    case 'h': return clamp_hue(v);
    case 's': case 'l': return clamp_pct(v);
    default: return clamp_alpha(v);
  }
}

// ---- parsing (color/hex.js, rgb.js, hsl.js, keyword.js) ----

struct Cursor {
  std::string_view text;
  size_t pos = 0;
  bool done() const { return pos >= text.size(); }
  char peek() const { return done() ? '\0' : text[pos]; }
  void skip_space() {
    while (!done() && std::isspace(static_cast<unsigned char>(text[pos]))) ++pos;
  }
  bool eat(char c) {
    if (peek() != c) return false;
    ++pos;
    return true;
  }
  // -?(\d+(\.\d+)?|\.\d+)(e-?\d+)?
  std::optional<double> number() {
    const size_t start = pos;
    eat('-');
    size_t digits = 0;
    while (std::isdigit(static_cast<unsigned char>(peek()))) ++pos, ++digits;
    if (eat('.')) {
      size_t frac = 0;
      while (std::isdigit(static_cast<unsigned char>(peek()))) ++pos, ++frac;
      if (!frac) return std::nullopt;
      digits += frac;
    }
    if (!digits) return std::nullopt;
    if (peek() == 'e' || peek() == 'E') {
      ++pos;
      eat('-');
      if (!std::isdigit(static_cast<unsigned char>(peek()))) return std::nullopt;
      while (std::isdigit(static_cast<unsigned char>(peek()))) ++pos;
    }
    double value = 0;
    auto [ptr, ec] = std::from_chars(text.data() + start, text.data() + pos, value);
    if (ec != std::errc() || ptr != text.data() + pos) return std::nullopt;
    return value;
  }
  // \s*?(,|\s)\s*?
  bool separator() {
    const size_t start = pos;
    skip_space();
    if (eat(',')) {
      skip_space();
      return true;
    }
    return pos > start;
  }
};

bool starts_with_ci(std::string_view text, std::string_view prefix) {
  if (text.size() < prefix.size()) return false;
  for (size_t i = 0; i < prefix.size(); ++i)
    if (std::tolower(static_cast<unsigned char>(text[i])) != prefix[i]) return false;
  return true;
}

std::optional<Channels> parse_hex(std::string_view text) {
  if (text.empty() || text[0] != '#') return std::nullopt;
  const std::string_view digits = text.substr(1);
  const size_t n = digits.size();
  if (n != 3 && n != 4 && n != 6 && n != 8) return std::nullopt;
  std::array<int, 8> v{};
  for (size_t i = 0; i < n; ++i) {
    const char c = static_cast<char>(std::tolower(static_cast<unsigned char>(digits[i])));
    v[i] = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
    if (v[i] < 0) return std::nullopt;
  }
  Channels ch;
  ch.color = std::string(text);
  auto at = [&](int k) { return n > 4 ? v[2 * k] * 16 + v[2 * k + 1] : v[k] * 17; };
  ch.r = at(0), ch.g = at(1), ch.b = at(2);
  ch.a = n % 4 == 0 ? at(3) / 255.0 : 1;
  return ch;
}

// The optional alpha of rgb()/hsl(): (,|/) +? number %?, then ")".
bool parse_alpha_and_close(Cursor& in, Channels& ch) {
  const size_t before = in.pos;
  in.skip_space();
  if (in.eat(',') || in.eat('/')) {
    in.skip_space();
    in.eat('+');
    auto a = in.number();
    if (!a) return false;
    ch.a = clamp_alpha(in.eat('%') ? *a / 100 : *a);
  } else {
    in.pos = before;
  }
  in.skip_space();
  return in.eat(')') && in.done();
}

std::optional<Channels> parse_rgb(std::string_view text) {
  Cursor in{text};
  if (!starts_with_ci(text, "rgb")) return std::nullopt;
  in.pos = 3;
  if (in.peek() == 'a' || in.peek() == 'A') ++in.pos;
  if (!in.eat('(')) return std::nullopt;
  in.skip_space();
  std::array<double, 3> v{};
  for (int k = 0; k < 3; ++k) {
    if (k && !in.separator()) return std::nullopt;
    auto x = in.number();
    if (!x) return std::nullopt;
    v[k] = clamp_rgb(in.eat('%') ? *x * 2.55 : *x);
  }
  Channels ch;
  ch.color = std::string(text);
  ch.r = v[0], ch.g = v[1], ch.b = v[2];
  if (!parse_alpha_and_close(in, ch)) return std::nullopt;
  return ch;
}

std::optional<Channels> parse_hsl(std::string_view text) {
  Cursor in{text};
  if (!starts_with_ci(text, "hsl")) return std::nullopt;
  in.pos = 3;
  if (in.peek() == 'a' || in.peek() == 'A') ++in.pos;
  if (!in.eat('(')) return std::nullopt;
  in.skip_space();
  auto hue = in.number();
  if (!hue) return std::nullopt;
  double h = *hue;
  const std::string_view rest = text.substr(in.pos);
  if (starts_with_ci(rest, "deg")) {
    in.pos += 3;
  } else if (starts_with_ci(rest, "grad")) {
    in.pos += 4, h *= .9;
  } else if (starts_with_ci(rest, "rad")) {
    in.pos += 3, h = h * 180 / std::numbers::pi;
  } else if (starts_with_ci(rest, "turn")) {
    in.pos += 4, h *= 360;
  }
  std::array<double, 2> sl{};
  for (double& x : sl) {
    if (!in.separator()) return std::nullopt;
    auto v = in.number();
    if (!v || !in.eat('%')) return std::nullopt;
    x = clamp_pct(*v);
  }
  Channels ch;
  ch.color = std::string(text);
  ch.h = clamp_hue(h), ch.s = sl[0], ch.l = sl[1];
  if (!parse_alpha_and_close(in, ch)) return std::nullopt;
  return ch;
}

std::optional<Channels> parse_keyword(std::string_view text) {
  std::string lower(text);
  for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  Channels ch;
  if (lower == "transparent") {
    ch.r = 0, ch.g = 0, ch.b = 0, ch.a = 0;
  } else if (auto named = named_color(lower)) {
    ch.r = std::lround(named->r * 255), ch.g = std::lround(named->g * 255), ch.b = std::lround(named->b * 255);
  } else {
    return std::nullopt;
  }
  // keyword.js hands the keyword's hex to Hex.parse: an unchanged result prints the hex.
  char hex[10];
  std::snprintf(hex, sizeof hex, ch.a < 1 ? "#%02x%02x%02x00" : "#%02x%02x%02x", static_cast<int>(*ch.r),
                static_cast<int>(*ch.g), static_cast<int>(*ch.b));
  ch.color = hex;
  return ch;
}

std::optional<Channels> parse(std::string_view text) {  // color/index.js Color.parse
  if (auto c = parse_hex(text)) return c;
  if (auto c = parse_rgb(text)) return c;
  if (auto c = parse_hsl(text)) return c;
  return parse_keyword(text);
}

// ---- printing (Color.stringify and the formats' stringify) ----

// utils/lang.js round: Math.round(x * 1e10) / 1e10.
double round10(double x) { return std::floor(x * 1e10 + 0.5) / 1e10; }

// A JS Number's toString for the magnitudes colours have (shortest round-trip digits).
std::string js_number(double x) {
  if (x == 0) return "0";
  char buf[64];
  auto [end, ec] = std::to_chars(buf, buf + sizeof buf, x, std::chars_format::fixed);
  return ec == std::errc() ? std::string(buf, end) : "0";
}

bool is_integer(double x) { return std::floor(x) == x; }

std::string stringify(Channels& ch) {
  if (!ch.changed && !ch.color.empty()) return ch.color;
  if (ch.type == Type::hsl || !ch.r) {
    const double h = ch.get('h'), s = ch.get('s'), l = ch.get('l');
    if (ch.a < 1)
      return "hsla(" + js_number(round10(h)) + ", " + js_number(round10(s)) + "%, " + js_number(round10(l)) +
             "%, " + js_number(ch.a) + ")";
    return "hsl(" + js_number(round10(h)) + ", " + js_number(round10(s)) + "%, " + js_number(round10(l)) + "%)";
  }
  const double r = ch.get('r'), g = ch.get('g'), b = ch.get('b');
  if (ch.a < 1 || !is_integer(r) || !is_integer(g) || !is_integer(b)) {
    if (ch.a < 1)
      return "rgba(" + js_number(round10(r)) + ", " + js_number(round10(g)) + ", " + js_number(round10(b)) + ", " +
             js_number(round10(ch.a)) + ")";
    return "rgb(" + js_number(round10(r)) + ", " + js_number(round10(g)) + ", " + js_number(round10(b)) + ")";
  }
  static const char* digits = "0123456789abcdef";
  std::string out = "#";
  for (double v : {r, g, b}) {
    const int byte = static_cast<int>(std::floor(v + 0.5));
    out += digits[byte >> 4];
    out += digits[byte & 15];
  }
  return out;
}

// methods/adjust_channel.js (lighten, darken): unchanged when the clamp absorbs the step.
std::string adjust_channel(std::string_view color, char channel, double amount) {
  auto ch = parse(color);
  if (!ch) return std::string(color);
  const double current = ch->get(channel);
  const double next = clamp_channel(channel, current + amount);
  if (current != next) ch->set(channel, next);
  return stringify(*ch);
}

}  // namespace

std::string adjust(std::string_view color, const Delta& delta) {  // methods/adjust.js + change.js
  auto ch = parse(color);
  if (!ch) return std::string(color);
  // adjust() reads every channel it changes first, then change() sets them in
  // the order of the object literal mermaid wrote ({h, s, l} / {r, g, b}).
  const std::pair<char, double> order[] = {{'h', delta.h}, {'s', delta.s}, {'l', delta.l}, {'r', delta.r},
                                           {'g', delta.g}, {'b', delta.b}, {'a', delta.a}};
  std::array<std::optional<double>, 7> next{};
  for (size_t i = 0; i < 7; ++i)
    if (order[i].second) next[i] = ch->get(order[i].first) + order[i].second;
  auto fresh = parse(color);
  for (size_t i = 0; i < 7; ++i)
    if (next[i]) fresh->set(order[i].first, clamp_channel(order[i].first, *next[i]));
  return stringify(*fresh);
}

std::string lighten(std::string_view color, double amount) { return adjust_channel(color, 'l', amount); }
std::string darken(std::string_view color, double amount) { return adjust_channel(color, 'l', -amount); }

std::string invert(std::string_view color) {  // methods/invert.js with mix(…, 100)
  auto ch = parse(color);
  if (!ch) return std::string(color);
  const double r = 255 - ch->get('r');
  ch->set('r', r);
  const double g = 255 - ch->get('g');
  ch->set('g', g);
  const double b = 255 - ch->get('b');
  ch->set('b', b);
  // mix with weight 100 keeps color1 (the inverse) exactly, alpha included.
  return rgba(r, g, b, ch->a);
}

std::string rgba(double r, double g, double b, double a) {  // methods/rgba.js
  Channels ch;
  ch.r = clamp_rgb(r), ch.g = clamp_rgb(g), ch.b = clamp_rgb(b), ch.a = clamp_alpha(a);
  return stringify(ch);
}

std::string mk_border(std::string_view color, bool dark_mode) {
  return adjust(color, {.s = -40, .l = dark_mode ? 10.0 : -10.0});
}

bool parses(std::string_view color) { return parse(color).has_value(); }

}  // namespace merrow::khroma
