// Fix-ups on cairo's SVG output that cairo 1.16 cannot be told to do:
//  - px sizes: cairo writes width="240pt" for a 240-unit surface, which
//    viewers show at 4/3 the size; mermaid's SVGs are in px.
//  - deterministic ids: cairo numbers <g id="surfaceN">, glyphN-M, clipN ...
//    with process-wide counters, so a second render in the same process
//    differs; ids are renumbered by first appearance.
//  - accessibility: role="img", <title> (accTitle) and <desc> (accDescr).
#pragma once
#include <string>

namespace merrow {

void postprocess_svg(std::string& svg, const std::string& title, const std::string& desc);

}  // namespace merrow
