#include "cli/lsp/analysis.hpp"

#include <algorithm>

#include "grammar/markdown.hpp"
#include "grammar/parse.hpp"

namespace merrow::lsp {
namespace {

// Length of line `line` of `text` (from `start`), without its "\n".
uint32_t raw_line_length(std::string_view text, uint32_t start) {
  const size_t nl = text.find('\n', start);
  return static_cast<uint32_t>((nl == std::string_view::npos ? text.size() : nl) - start);
}

std::shared_ptr<const BlockAnalysis> analyse(const std::string& origin, std::string text,
                                             const lint::LintOptions& options) {
  auto result = std::make_shared<BlockAnalysis>(BlockAnalysis{Source(origin, std::move(text)), {}, {}});
  result->parse = parse_diagram(result->source, options.limits);
  result->diagnostics = lint::lint(result->parse, result->source, options);
  return result;
}

}  // namespace

void Analysis::update(const Document& document, const lint::LintOptions& options) {
  std::vector<Block> blocks;
  std::vector<std::pair<std::string, uint32_t>> texts;  // text, host first line
  if (document.markdown()) {
    for (auto& block : extract_mermaid_blocks(document.text())) {
      blocks.push_back({block.content.begin, block.content.end, block.first_line - 1, nullptr});
      texts.emplace_back(std::move(block.text), block.first_line - 1);
    }
  } else {
    blocks.push_back({0, document.size(), 0, nullptr});
    texts.emplace_back(document.text(), 0);
  }
  std::unordered_map<std::string, std::shared_ptr<const BlockAnalysis>> cache;
  relinted_ = 0;
  for (size_t i = 0; i < blocks.size(); ++i) {
    if (const auto old = cache_.find(texts[i].first); old != cache_.end()) {
      blocks[i].analysis = old->second;
    } else if (const auto same = cache.find(texts[i].first); same != cache.end()) {
      blocks[i].analysis = same->second;  // the page holds this diagram twice
    } else {
      blocks[i].analysis = analyse(document.uri(), texts[i].first, options);
      ++relinted_;
    }
    cache.emplace(std::move(texts[i].first), blocks[i].analysis);
  }
  cache_ = std::move(cache);  // only the current blocks stay cached
  blocks_ = std::move(blocks);
  diagnostics_.clear();
  for (size_t b = 0; b < blocks_.size(); ++b) {
    for (const Diagnostic& d : blocks_[b].analysis->diagnostics) {
      const uint32_t begin = to_host(document, b, d.span.begin);
      diagnostics_.push_back({&d, b, begin, std::max(begin, to_host(document, b, d.span.end))});
    }
  }
}

uint32_t Analysis::to_host(const Document& document, size_t block, uint32_t local) const {
  const Block& b = blocks_[block];
  const Source& source = b.analysis->source;
  local = std::min<uint32_t>(local, static_cast<uint32_t>(source.text().size()));
  if (!document.markdown()) return local;
  const uint32_t line = source.position(local).line - 1;
  const uint32_t local_start = source.line_start(line);
  const uint32_t host_start = document.line_start(b.first_line + line);
  const uint32_t host_length = raw_line_length(document.text(), host_start);
  const uint32_t local_length = raw_line_length(source.text(), local_start);
  const uint32_t prefix = host_length >= local_length ? host_length - local_length : 0;
  return std::min(host_start + prefix + (local - local_start), b.end);
}

std::optional<std::pair<size_t, uint32_t>> Analysis::to_local(const Document& document, uint32_t host) const {
  for (size_t i = 0; i < blocks_.size(); ++i) {
    const Block& b = blocks_[i];
    if (host < b.begin || host > b.end) continue;
    if (!document.markdown()) return std::pair<size_t, uint32_t>{i, host};
    const uint32_t line = document.position(host).line;
    if (line < b.first_line) continue;
    const Source& source = b.analysis->source;
    const uint32_t local_line = line - b.first_line;
    if (local_line >= source.line_count()) continue;
    const uint32_t host_start = document.line_start(line);
    const uint32_t local_start = source.line_start(local_line);
    const uint32_t host_length = raw_line_length(document.text(), host_start);
    const uint32_t local_length = raw_line_length(source.text(), local_start);
    const uint32_t prefix = host_length >= local_length ? host_length - local_length : 0;
    const uint32_t column = host - host_start;
    return std::pair<size_t, uint32_t>{i, local_start + (column > prefix ? column - prefix : 0)};
  }
  return std::nullopt;
}

}  // namespace merrow::lsp
