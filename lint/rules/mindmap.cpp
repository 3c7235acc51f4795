// A mindmap line indented no deeper than the root has no parent; mermaid
// then fails with "There can be only one root". The grammar may already
// report it; lint() drops a duplicate on the same line.
#include <string>

#include "lint/rules/families.hpp"

namespace merrow::lint {

void check_mindmap(const Mindmap& map, Reporter& reporter) {
  bool root_seen = false;
  for (const auto& node : map.nodes) {
    if (node.parent >= 0) continue;
    if (!root_seen) {
      root_seen = true;
      continue;
    }
    reporter.report("M202", node.span,
                    "`" + node.label.text + "` is indented no deeper than the root, so it finds no parent; "
                    "a mindmap has exactly one root",
                    "second root");
  }
}

}  // namespace merrow::lint
