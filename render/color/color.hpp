// An sRGB colour with straight (non-premultiplied) alpha, channels 0..1.
// Shared by the theme, the style cascade, the scene and the backend.
#pragma once

namespace merrow {

struct Color {
  double r = 0, g = 0, b = 0, a = 1;  // 0..1
  bool operator==(const Color&) const = default;
};

}  // namespace merrow
