// Builds a Flowchart + LayoutResult from mermaid-ref's own layout JSON
// (`mermaid-ref layout X.mmd`), so the renderer can be compared with
// mermaid's PNG on identical geometry, independent of merrow's layout.
#pragma once
#include <map>
#include <string>
#include <vector>

#include "layout/result.hpp"
#include "model/flowchart.hpp"

namespace merrow::test {

struct MermaidLayoutFixture {
  Flowchart chart;
  LayoutResult layout;
};

// `lines`: label lines for nodes whose label had <br> (the JSON flattens
// them); every edge gets `heads` at both ends (mermaid's path samples end
// 4 px short of an arrow's tip; the fixture extends them back).
MermaidLayoutFixture fixture_from_mermaid_layout(const std::string& json_path, const TextMeasurer& measurer,
                                                 const std::map<std::string, std::vector<std::string>>& lines,
                                                 Head heads,
                                                 const std::map<std::string, Shape>& shapes = {});

}  // namespace merrow::test
