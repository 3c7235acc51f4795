// Fix-ups on cairo's SVG output that cairo 1.16 cannot be told to do:
//  - px sizes: cairo writes width="240pt" for a 240-unit surface, which
//    viewers show at 4/3 the size; mermaid's SVGs are in px.
//  - deterministic ids: cairo numbers <g id="surfaceN">, glyphN-M, clipN ...
//    with process-wide counters, so a second render in the same process
//    differs; ids are renumbered by first appearance.
//  - accessibility: role="img", <title> (accTitle) and <desc> (accDescr).
//  - links: cairo 1.16's SVG surface drops link tags, so each linked group
//    becomes a transparent <a xlink:href> rectangle over its bounds, last in
//    the document (on top). Only sanitised http/https/mailto URLs reach here.
#pragma once
#include <string>
#include <vector>

#include "layout/geometry.hpp"

namespace merrow {

struct SvgLink {
  std::string url;
  Box bounds;  // in the SVG's user space
};

void postprocess_svg(std::string& svg, const std::string& title, const std::string& desc,
                     const std::vector<SvgLink>& links = {});

}  // namespace merrow
