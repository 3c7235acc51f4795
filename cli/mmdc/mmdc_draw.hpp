// One diagram through merrow, as mmdc would draw it: settings from mmdc's
// flags, errors as file:line:col.
#pragma once
#include <string>

#include "cli/mmdc/mmdc_css.hpp"
#include "model/source.hpp"
#include "render/render_diagram.hpp"

namespace merrow::mmdc {

struct Drawing {
  enum class Outcome { drawn, not_drawn_type, failed } outcome = Outcome::failed;
  std::string data;     // the image (drawn)
  std::string message;  // "file:line:col: error: ..." (failed) / "...: warning: ..." (not_drawn_type)
  std::string title;    // accTitle, for the Markdown image's title
  std::string desc;     // accDescr, for its alt text
};

// class_styles (from -C) are appended to the flowchart's classDefs of those names.
Drawing draw(const Source& source, ImageFormat format, const RenderSettings& settings, const FontMeasurer& fonts,
             const std::vector<ClassStyle>& class_styles = {});

}  // namespace merrow::mmdc
