#include "lint/guidance/guidance.hpp"

#include <algorithm>

namespace merrow::lint {

void add_guidance(const Source& source, std::vector<Diagnostic>& diagnostics) {
  using namespace guidance;
  const auto size = static_cast<uint32_t>(source.text().size());
  for (auto& diagnostic : diagnostics) {
    if (diagnostic.severity != Severity::error || diagnostic.fix) continue;
    const uint32_t at = std::min(diagnostic.span.begin, size);
    const std::string_view line = source.line_at(at);
    const auto line_begin = static_cast<uint32_t>(line.data() - source.text().data());
    Site site{source, diagnostic, at, line_begin, line};
    // Most specific first: an unquoted label explains an M101 before the
    // keyword checks look at the statement's first word.
    explain_unquoted_label(site) || explain_mindmap_unquoted_text(site) || explain_subgraph_end_title(site) ||
        explain_keyword_as_id(site) || explain_foreign_habit(site) || explain_keyword_typo(site) ||
        explain_header_typo(site);
  }
}

}  // namespace merrow::lint
