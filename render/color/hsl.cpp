// A port of khroma's channel conversions (utils/channel.js) so that derived
// theme colours come out exactly as mermaid computes them.
#include "render/color/hsl.hpp"

#include <algorithm>
#include <cmath>

namespace merrow {
namespace {

Hsl clamped(Hsl c) {
  c.h = std::fmod(c.h, 360.0);  // khroma: h % 360 (keeps the sign, as JS does)
  c.s = std::clamp(c.s, 0.0, 100.0);
  c.l = std::clamp(c.l, 0.0, 100.0);
  return c;
}

}  // namespace

double hue2rgb(double p, double q, double t) {
  if (t < 0) t += 1;
  if (t > 1) t -= 1;
  if (t < 1.0 / 6) return p + (q - p) * 6 * t;
  if (t < 1.0 / 2) return q;
  if (t < 2.0 / 3) return p + (q - p) * (2.0 / 3 - t) * 6;
  return p;
}

Hsl to_hsl(const Color& c) {
  double r = c.r, g = c.g, b = c.b;
  double mx = std::max({r, g, b}), mn = std::min({r, g, b});
  double l = (mx + mn) / 2;
  if (mx == mn) return {0, 0, l * 100, c.a};
  double d = mx - mn;
  double s = l > 0.5 ? d / (2 - mx - mn) : d / (mx + mn);
  double h;
  if (mx == r)
    h = (g - b) / d + (g < b ? 6 : 0);
  else if (mx == g)
    h = (b - r) / d + 2;
  else
    h = (r - g) / d + 4;
  return {h * 60, s * 100, l * 100, c.a};
}

Color from_hsl(const Hsl& c) {
  if (c.s == 0) return {c.l / 100, c.l / 100, c.l / 100, c.a};
  double h = c.h / 360, s = c.s / 100, l = c.l / 100;
  double q = l < 0.5 ? l * (1 + s) : l + s - l * s;
  double p = 2 * l - q;
  return {hue2rgb(p, q, h + 1.0 / 3), hue2rgb(p, q, h), hue2rgb(p, q, h - 1.0 / 3), c.a};
}

Color lighten(const Color& c, double amount) { return adjust(c, 0, 0, amount); }
Color darken(const Color& c, double amount) { return adjust(c, 0, 0, -amount); }

Color adjust(const Color& c, double dh, double ds, double dl) {
  Hsl hsl = to_hsl(c);
  hsl.h += dh;
  hsl.s += ds;
  hsl.l += dl;
  return from_hsl(clamped(hsl));
}

Color invert(const Color& c) { return {1 - c.r, 1 - c.g, 1 - c.b, c.a}; }

Color with_alpha(const Color& c, double alpha) { return {c.r, c.g, c.b, std::clamp(alpha, 0.0, 1.0)}; }

}  // namespace merrow
