#include "cli/mmdc/mmdc_markdown.hpp"

#include <algorithm>
#include <iostream>

#include "cli/mmdc/mmdc_draw.hpp"
#include "cli/mmdc/mmdc_fences.hpp"
#include "cli/mmdc/mmdc_io.hpp"
#include "grammar/markdown.hpp"
#include "grammar/markdown_rewrite.hpp"

namespace merrow::mmdc {
namespace {

std::string escape(const std::string& s, std::string_view special) {
  std::string out;
  for (char c : s) {
    if (special.find(c) != std::string_view::npos) out.push_back('\\');
    out.push_back(c);
  }
  return out;
}

}  // namespace

std::string markdown_image(const std::string& url, const std::string& title, const std::string& alt) {
  std::string out = "![" + escape(alt, "[]\\") + "](" + url;
  if (!title.empty()) out += " \"" + escape(title, "\"\\") + "\"";
  return out + ")";
}

int run_markdown(const MarkdownRun& run, const std::string& page, ImageFormat format, const RenderSettings& settings,
                 const FontMeasurer& fonts) {
  const std::vector<uint32_t> numbers = mmdc_block_starts(page);
  std::vector<BlockReplacement> replacements;
  int status = 0;
  size_t drawn = 0;
  for (const MarkdownBlock& block : extract_mermaid_blocks(page)) {
    // Only the blocks mmdc draws, with mmdc's number (a ```mermaid inside a
    // ````markdown example keeps its number but stays an example).
    const auto found = std::find(numbers.begin(), numbers.end(), block.fence.begin);
    if (found == numbers.end()) continue;
    const size_t n = static_cast<size_t>(found - numbers.begin()) + 1;
    const Drawing drawing = draw(block_source(run.input, block), format, settings, fonts, run.class_styles);
    if (drawing.outcome == Drawing::Outcome::not_drawn_type) {
      std::cerr << drawing.message << "; the block stays in the page\n";
      continue;
    }
    if (drawing.outcome == Drawing::Outcome::failed) {
      std::cerr << drawing.message << '\n';
      status = 1;
      continue;
    }
    const std::string image = numbered_output(run.output, n, run.format, run.artefacts);
    if (std::string error = write_output(image, drawing.data); !error.empty()) {
      std::cerr << "merrow-mmdc: error: " << error << '\n';
      return 2;
    }
    const std::string link = relative_link(run.output, image);
    if (!run.quiet) std::cout << " \u2705 " << link << '\n';
    ++drawn;
    replacements.push_back(
        replace_block(page, block, markdown_image(link, drawing.title, drawing.desc.empty() ? "diagram" : drawing.desc)));
  }
  if (!run.quiet) {
    if (numbers.empty()) std::cout << "No mermaid charts found in Markdown input\n";
    else std::cout << "Found " << numbers.size() << " mermaid charts in Markdown input (" << drawn << " drawn)\n";
  }
  if (ends_with_markdown(run.output)) {
    if (std::string error = write_output(run.output, rewrite_markdown(page, std::move(replacements))); !error.empty()) {
      std::cerr << "merrow-mmdc: error: " << error << '\n';
      return 2;
    }
    if (!run.quiet) std::cout << " \u2705 " << run.output << '\n';
  }
  return status;
}

}  // namespace merrow::mmdc
