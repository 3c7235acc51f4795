#include <optional>

#include "format/format.hpp"
#include "format/format_diagram.hpp"
#include "grammar/markdown.hpp"

namespace merrow::format {
namespace {

std::optional<std::pair<uint32_t, uint32_t>> local_range(const Options& options, uint32_t first_line) {
  if (!options.lines) return std::nullopt;
  const auto [first, last] = *options.lines;
  if (last < first_line) return std::pair<uint32_t, uint32_t>{1, 0};  // before the diagram: nothing
  return std::pair<uint32_t, uint32_t>{first > first_line ? first - first_line : 0, last - first_line};
}

void note_problem(const Source& source, const DiagramFormat& f, Outcome& out) {
  if (!f.error) return;
  out.problems.push_back({source.position(f.error->span.begin), f.error->code, f.error->message});
}

}  // namespace

Outcome format_text(const std::string& origin, const std::string& content, bool markdown, const Options& options) {
  Outcome out;
  if (!markdown) {
    const Source source(origin, content);
    const DiagramFormat f = format_diagram(source, options.limits, local_range(options, 1));
    out.diagrams = 1;
    note_problem(source, f, out);
    if (f.changed) {
      out.changed = 1;
      std::string text = compose(
          f.lines, f.out, [](size_t) { return std::string_view(); }, [&](size_t i) { return f.lines[i].text; });
      out.replacements.push_back({0, static_cast<uint32_t>(content.size()), text});
      out.text = std::move(text);
    } else {
      out.text = content;
    }
    return out;
  }
  uint32_t copied = 0;
  for (const MarkdownBlock& block : extract_mermaid_blocks(content)) {
    ++out.diagrams;
    const Source source = block_source(origin, block);
    const DiagramFormat f = format_diagram(source, options.limits, local_range(options, block.first_line));
    note_problem(source, f, out);
    if (!f.changed) continue;
    const std::string_view host_block =
        std::string_view(content).substr(block.content.begin, block.content.end - block.content.begin);
    const std::vector<TextLine> host_lines = split_lines(host_block);
    if (host_lines.size() != f.lines.size()) continue;  // never expected: the block is left alone
    const auto prefix = [&](size_t i) {
      return host_lines[i].text.substr(0, host_lines[i].text.size() - f.lines[i].text.size());
    };
    std::string text = compose(f.lines, f.out, prefix, [&](size_t i) { return host_lines[i].text; });
    out.text.append(content, copied, block.content.begin - copied);
    out.text += text;
    copied = block.content.end;
    ++out.changed;
    out.replacements.push_back({block.content.begin, block.content.end, std::move(text)});
  }
  out.text.append(content, copied, std::string::npos);
  return out;
}

}  // namespace merrow::format
