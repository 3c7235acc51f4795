// Names inside one diagram: node ids, classDef names and subgraph ids, where
// each is defined and every place its name is written (for hover,
// definition, references and the outline).
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "model/diagram.hpp"
#include "model/source.hpp"

namespace merrow::lsp {

enum class NameKind { node, subgraph, class_name };

struct NameInfo {
  NameKind kind = NameKind::node;
  std::string name;
  Span definition;          // local bytes
  std::vector<Span> uses;   // every occurrence of the name as a token, definition included
  std::string summary;      // Markdown: label and shape, title, or declarations
};

// The name at local byte `at` of the diagram, if it names a node, subgraph or class.
std::optional<NameInfo> name_at(const Source& source, const ParseResult& parse, uint32_t at);

}  // namespace merrow::lsp
