// The SVG backend: writes a Scene as an SVG 1.1 document directly (PNG and
// PDF stay on cairo). Paths become <path>, groups <g> (a linked group <a>),
// text the glyph outlines the FontMeasurer shapes, placed with <use> (see
// glyph_defs.hpp): it looks the same in every viewer, without the fonts.
//
// Pre: `fit` > 0 scales the drawing (width/height; the viewBox stays in
// scene units). Post: the bytes depend only on the scene, `fit`, the
// background and the font files; no <script>, no event attributes, no
// <foreignObject>; the only outside references are the scene's links,
// which the scene sanitised (http, https, mailto). accTitle/accDescr become
// <title>/<desc> (aria-labelledby/-describedby), with mermaid's
// role="graphics-document document" and aria-roledescription.
//
// Ids: `svg_id` (mmdc's --svgId) is the root <svg> id and the prefix of
// every id inside, in mermaid's shapes: "<id>-flowchart-A" (a group id),
// "<id>-g0-36" (a glyph outline), "chart-title-<id>"; "" = "merrow-" + a
// hash of the document, so SVGs inlined in one HTML page never collide.
// Every label is also written as invisible <text> over its outlines
// (find-in-page, selection, copy, screen readers).
#pragma once
#include <optional>
#include <string>
#include <string_view>

#include "render/scene.hpp"
#include "render/text/font_measurer.hpp"

namespace merrow {

std::string write_svg(const Scene& scene, double fit, const std::optional<Color>& background,
                      const FontMeasurer& fonts, std::string_view svg_id = {});

}  // namespace merrow
