// khroma's colour arithmetic (mermaid's theme-*.js derive colours with it):
// every operation works on HSL channels in khroma's units (h 0..360,
// s and l 0..100) and clamps the way khroma clamps.
#pragma once
#include "render/color/color.hpp"

namespace merrow {

struct Hsl {
  double h = 0, s = 0, l = 0, a = 1;  // h degrees, s/l percent, a 0..1
};

// khroma's utils/channel.js hue2rgb: one RGB channel (0..1) from p, q and the hue
// shifted for that channel (0..1); shared with khroma.cpp's channel model.
double hue2rgb(double p, double q, double t);

Hsl to_hsl(const Color& c);
Color from_hsl(const Hsl& c);

Color lighten(const Color& c, double amount);  // khroma.lighten: l += amount (clamped)
Color darken(const Color& c, double amount);   // khroma.darken: l -= amount (clamped)
// khroma.adjust: adds to the given HSL channels (h wraps, s/l clamp).
Color adjust(const Color& c, double dh, double ds = 0, double dl = 0);
Color invert(const Color& c);  // khroma.invert with weight 100
// khroma.rgba(color, alpha) / transparentize-like alpha replacement.
Color with_alpha(const Color& c, double alpha);

}  // namespace merrow
