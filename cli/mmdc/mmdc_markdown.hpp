// mmdc's Markdown mode: `-i page.md -o out.md` draws the page's mermaid
// blocks to out-1.svg, out-2.svg, ... (numbered as mmdc numbers them) and
// writes out.md with each drawn block replaced by `![desc](./out-N.svg "title")`.
// Unlike mmdc, one broken diagram does not stop the others (its block stays,
// the exit code is 1), a block of a type merrow does not draw stays as it was
// (a warning; the site's mermaid can still draw it), and a block inside a list
// or quote keeps its indentation (mmdc strips it).
#pragma once
#include <optional>
#include <string>

#include "cli/mmdc/mmdc_css.hpp"
#include "render/render_diagram.hpp"

namespace merrow::mmdc {

struct MarkdownRun {
  std::string input;   // the page's path (messages)
  std::string output;  // out.md / out.markdown (images + page), or out.svg|png|pdf (images only)
  std::string format;  // svg | png | pdf
  std::optional<std::string> artefacts;
  bool quiet = false;
  std::vector<ClassStyle> class_styles;  // from -C
};

int run_markdown(const MarkdownRun& run, const std::string& page, ImageFormat format, const RenderSettings& settings,
                 const FontMeasurer& fonts);

// mmdc's image link: `![alt](url "title")`, alt escaping [ ] \, title " \.
std::string markdown_image(const std::string& url, const std::string& title, const std::string& alt);

}  // namespace merrow::mmdc
