// The backends: draw a Scene, and nothing but the Scene, as an SVG (written
// directly, render/svg/), or onto a cairo PNG or PDF surface, in memory.
//
// Post: the bytes depend only on the scene, the options and the font files
// (no dates, no pointers, no counters shared across calls): rendering the
// same scene twice gives identical bytes. SVG output holds no scripts, no
// foreignObject and no external references (glyphs are embedded as paths).
// Returns "" when the image cannot be drawn (a PNG over 32767 px a side or
// 100 Mpx, a scene with non-finite size).
#pragma once
#include <string>

#include "render/cairo/output_format.hpp"
#include "render/scene.hpp"
#include "render/text/font_measurer.hpp"

namespace merrow {

// The drawing's scale from --width/--height fitting (aspect kept); 1 without them.
double fit_scale(const Scene& scene, const ImageOptions& options);

std::string draw_scene(const Scene& scene, ImageFormat format, const ImageOptions& options,
                       const FontMeasurer& fonts);

}  // namespace merrow
