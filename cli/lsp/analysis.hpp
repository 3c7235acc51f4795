// The diagrams of an open document, each parsed and linted once per distinct
// text: a keystroke re-lints only the block it changed (the others are found
// in the cache by their text), and diagnostics are mapped to host bytes.
#pragma once
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "cli/lsp/document.hpp"
#include "lint/lint.hpp"
#include "model/diagram.hpp"
#include "model/source.hpp"

namespace merrow::lsp {

struct BlockAnalysis {
  Source source;  // the block's text, lines numbered from 1
  ParseResult parse;
  std::vector<Diagnostic> diagnostics;  // spans local to source
};

// One diagram of the document: a Markdown block's content, or the whole file.
struct Block {
  uint32_t begin = 0, end = 0;  // host bytes of the content
  uint32_t first_line = 0;      // host line (0-based) of the content's first line
  std::shared_ptr<const BlockAnalysis> analysis;
};

// A diagnostic placed in the host document.
struct HostDiagnostic {
  const Diagnostic* diagnostic = nullptr;  // owned by the block's analysis
  size_t block = 0;
  uint32_t begin = 0, end = 0;  // host bytes
};

class Analysis {
 public:
  // Re-reads the document's blocks; unchanged block texts reuse their analysis.
  void update(const Document& document, const lint::LintOptions& options);
  void clear_cache() { cache_.clear(); }

  const std::vector<Block>& blocks() const { return blocks_; }
  const std::vector<HostDiagnostic>& diagnostics() const { return diagnostics_; }
  size_t relinted() const { return relinted_; }  // blocks analysed by the last update

  // Host byte of a block-local byte, and back (nullopt: `host` is outside every block).
  uint32_t to_host(const Document& document, size_t block, uint32_t local) const;
  std::optional<std::pair<size_t, uint32_t>> to_local(const Document& document, uint32_t host) const;

 private:
  std::vector<Block> blocks_;
  std::vector<HostDiagnostic> diagnostics_;
  std::unordered_map<std::string, std::shared_ptr<const BlockAnalysis>> cache_;
  size_t relinted_ = 0;
};

}  // namespace merrow::lsp
