// A laid-out TextBlock -> TextItems: lines centred in the block (layout
// leaves centring to the caller), runs at their measured offsets. Icon runs
// draw their Font Awesome glyph centred in their box (render/text/icon_font.hpp).
#pragma once
#include <vector>

#include "layout/text/text_block.hpp"
#include "render/scene.hpp"
#include "render/style/resolved_style.hpp"

namespace merrow {

// Pre: `centre` is where the block's centre goes. `style` may override the
// font (family, size, weight, slant) and colour; `opacity` multiplies.
void add_text_block(std::vector<SceneItem>& out, const TextBlock& block, Point centre,
                    Color color, const ResolvedStyle& style, double opacity = 1);

}  // namespace merrow
