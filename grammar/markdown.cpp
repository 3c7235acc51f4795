// extract_mermaid_blocks: the mermaid diagrams of a Markdown page.
// Recognised (CommonMark fences, as GitHub, GitLab and MkDocs read them):
//   ```mermaid / ~~~mermaid, any fence length >= 3, an info string after the
//   language ("```mermaid title=x"), the language matched case-insensitively;
//   MyST's ```{mermaid}; fences indented (inside list items) or inside block quotes (`> `): the
//   opening line's prefix is stripped from every content line, so positions
//   stay exact (Source's `indent`);
//   `::: mermaid` ... `:::` (Azure DevOps wiki, MkDocs admonition style).
// Other fenced blocks are skipped whole, so a ```mermaid shown inside a
// ````markdown example is not a diagram. A fence that never closes runs to the
// end of the page (CommonMark). Lines are split on "\n"; a "\r" stays in the
// text (Source handles CRLF).
// Pre: any text. Post: blocks in page order; for each, `content` slices the
// host exactly and, when indent == 0, text == the host slice.
#include "grammar/markdown.hpp"

#include <algorithm>
#include <cctype>
#include <optional>

namespace merrow {
namespace {

struct Line {
  uint32_t begin;  // host offset of the first character
  uint32_t end;    // host offset of the "\n" (or the end of the page)
  uint32_t next;   // host offset of the next line
};

std::vector<Line> split_lines(std::string_view page) {
  std::vector<Line> lines;
  uint32_t pos = 0;
  const auto size = static_cast<uint32_t>(page.size());
  while (pos < size) {
    const auto nl = page.find('\n', pos);
    const uint32_t end = nl == std::string_view::npos ? size : static_cast<uint32_t>(nl);
    lines.push_back({pos, end, nl == std::string_view::npos ? size : end + 1});
    pos = end + 1;
  }
  return lines;
}

// Length of the container prefix: indentation and block-quote markers (`> `).
uint32_t prefix_length(std::string_view line) {
  uint32_t i = 0;
  while (i < line.size()) {
    if (line[i] == ' ' || line[i] == '\t') {
      ++i;
    } else if (line[i] == '>') {
      ++i;
      if (i < line.size() && line[i] == ' ') ++i;
    } else {
      break;
    }
  }
  return i;
}

struct Fence {
  char marker;      // '`', '~' or ':'
  uint32_t length;  // number of markers
  uint32_t prefix;  // characters before the markers
  bool mermaid;     // the language is mermaid
};

std::string lowercase(std::string_view s) {
  std::string out(s);
  std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return std::tolower(c); });
  return out;
}

std::string_view trim(std::string_view s) {
  const auto first = s.find_first_not_of(" \t\r");
  if (first == std::string_view::npos) return {};
  return s.substr(first, s.find_last_not_of(" \t\r") - first + 1);
}

std::optional<Fence> opening_fence(std::string_view line) {
  const uint32_t prefix = prefix_length(line);
  if (prefix >= line.size()) return std::nullopt;
  const char marker = line[prefix];
  if (marker != '`' && marker != '~' && marker != ':') return std::nullopt;
  uint32_t length = 0;
  while (prefix + length < line.size() && line[prefix + length] == marker) ++length;
  if (length < 3) return std::nullopt;
  const std::string_view info = trim(line.substr(prefix + length));
  if (marker == '`' && info.find('`') != std::string_view::npos) return std::nullopt;  // inline code
  // The language is the first word; MyST writes it in braces: ```{mermaid}.
  std::string_view first = info.substr(0, info.find_first_of(" \t"));
  if (first.starts_with('{') && first.ends_with('}')) first = first.substr(1, first.size() - 2);
  const std::string word = lowercase(first.substr(0, first.find('{')));
  if (marker == ':' && word != "mermaid") return std::nullopt;  // only `::: mermaid` opens a block
  return Fence{marker, length, prefix, word == "mermaid"};
}

bool closes(std::string_view line, const Fence& fence) {
  const uint32_t prefix = prefix_length(line);
  uint32_t length = 0;
  while (prefix + length < line.size() && line[prefix + length] == fence.marker) ++length;
  return length >= fence.length && trim(line.substr(prefix + length)).empty();
}

// Strips up to `prefix` container characters from a content line.
uint32_t strip_length(std::string_view line, uint32_t prefix) { return std::min(prefix_length(line), prefix); }

// Offset in `line` of a closing fence glued after text (`  A-->B````), or npos.
size_t glued_fence(std::string_view line, const Fence& fence) {
  const std::string_view text = trim(line);
  uint32_t length = 0;
  while (length < text.size() && text[text.size() - 1 - length] == fence.marker) ++length;
  if (length < fence.length || length == text.size()) return std::string_view::npos;
  return static_cast<size_t>(text.data() - line.data()) + text.size() - length;
}

std::vector<MarkdownBlock> extract(std::string_view markdown, bool glued_closes) {
  std::vector<MarkdownBlock> blocks;
  const auto lines = split_lines(markdown);
  const auto text_of = [&](const Line& l) { return markdown.substr(l.begin, l.end - l.begin); };
  for (size_t i = 0; i < lines.size(); ++i) {
    const auto fence = opening_fence(text_of(lines[i]));
    if (!fence) continue;
    size_t close = i + 1;
    size_t glued = std::string_view::npos;
    while (close < lines.size() && !closes(text_of(lines[close]), *fence)) {
      if (glued_closes && fence->mermaid && fence->marker != ':') {
        glued = glued_fence(text_of(lines[close]), *fence);
        if (glued != std::string_view::npos) break;
      }
      ++close;
    }
    if (glued != std::string_view::npos) {
      // The glued line is the block's last content line, without its fence.
      MarkdownBlock block;
      block.first_line = static_cast<uint32_t>(i + 2);
      block.indent = fence->prefix;
      block.closed = false;
      block.glued_close = lines[close].begin + static_cast<uint32_t>(glued);
      block.content = {lines[i].next, block.glued_close};
      block.fence = {lines[i].begin, lines[close].next};
      for (size_t k = i + 1; k <= close; ++k) {
        std::string_view line = text_of(lines[k]);
        if (k == close) line = line.substr(0, glued);
        block.text.append(line.substr(strip_length(line, fence->prefix)));
        block.text.push_back('\n');
      }
      blocks.push_back(std::move(block));
      i = close;
      continue;
    }
    if (fence->mermaid) {
      MarkdownBlock block;
      block.first_line = static_cast<uint32_t>(i + 2);
      block.indent = fence->prefix;
      const uint32_t content_begin = lines[i].next;
      const uint32_t content_end = close < lines.size() ? lines[close].begin : static_cast<uint32_t>(markdown.size());
      block.content = {content_begin, content_end};
      block.fence = {lines[i].begin, close < lines.size() ? lines[close].next : content_end};
      block.closed = close < lines.size();
      for (size_t k = i + 1; k < close; ++k) {
        const std::string_view line = text_of(lines[k]);
        block.text.append(line.substr(strip_length(line, fence->prefix)));
        if (lines[k].next > lines[k].end) block.text.push_back('\n');
      }
      blocks.push_back(std::move(block));
    }
    i = close;  // skip the block, mermaid or not
  }
  return blocks;
}

}  // namespace

std::vector<MarkdownBlock> extract_mermaid_blocks(std::string_view markdown) { return extract(markdown, false); }

std::vector<MarkdownBlock> extract_mermaid_blocks_for_lint(std::string_view markdown) { return extract(markdown, true); }

Source block_source(const std::string& host_origin, const MarkdownBlock& block) {
  return Source(host_origin, block.text, block.first_line, block.indent);
}

}  // namespace merrow
