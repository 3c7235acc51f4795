#include "grammar/markdown_rewrite.hpp"

#include <algorithm>

namespace merrow {

BlockReplacement replace_block(std::string_view page, const MarkdownBlock& block, std::string_view replacement) {
  const auto begin = std::min<size_t>(block.fence.begin, page.size());
  const auto end = std::min<size_t>(block.fence.end, page.size());
  // The opening line's container prefix (indentation, "> "), repeated on every line.
  const std::string_view prefix = page.substr(begin, std::min<size_t>(block.indent, end - begin));
  const bool ends_line = end > begin && page[end - 1] == '\n';
  BlockReplacement out{block.fence, {}};
  size_t pos = 0;
  while (pos < replacement.size()) {
    auto nl = replacement.find('\n', pos);
    if (nl == std::string_view::npos) nl = replacement.size();
    // fence.begin is the start of the opening line, so the first line needs the prefix too.
    out.text.append(prefix);
    out.text.append(replacement.substr(pos, nl - pos));
    if (nl < replacement.size()) out.text.push_back('\n');
    pos = nl + 1;
  }
  if (ends_line && !out.text.ends_with('\n')) out.text.push_back('\n');
  if (!ends_line && out.text.ends_with('\n')) out.text.pop_back();
  return out;
}

std::string rewrite_markdown(std::string_view page, std::vector<BlockReplacement> replacements) {
  std::sort(replacements.begin(), replacements.end(),
            [](const BlockReplacement& a, const BlockReplacement& b) { return a.fence.begin < b.fence.begin; });
  std::string out;
  out.reserve(page.size());
  size_t pos = 0;
  for (const BlockReplacement& r : replacements) {
    const size_t begin = std::clamp<size_t>(r.fence.begin, pos, page.size());
    const size_t end = std::clamp<size_t>(r.fence.end, begin, page.size());
    out.append(page.substr(pos, begin - pos));
    out.append(r.text);
    pos = end;
  }
  out.append(page.substr(pos));
  return out;
}

}  // namespace merrow
