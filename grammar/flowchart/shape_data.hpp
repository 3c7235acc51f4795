// The `@{ ... }` node/edge data. mermaid loads it as YAML: one line becomes a
// flow mapping (`{ shape: rect, label: "a" }`), several lines a block
// mapping. This reads the `key: value` subset mermaid's docs use.
// Pre: the text between `@{` and `}`. Post: entries in source order, quotes
// stripped; `error` names the first piece that is not `key: value`.
#pragma once
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace merrow::flowchart_grammar {

struct ShapeDataResult {
  std::vector<std::pair<std::string, std::string>> entries;
  std::string error;
};

ShapeDataResult parse_shape_data(std::string_view body);

}  // namespace merrow::flowchart_grammar
