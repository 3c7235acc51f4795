#include "format/format_diagram.hpp"

#include <algorithm>
#include <variant>

#include "format/same_meaning.hpp"
#include "grammar/parse.hpp"

namespace merrow::format {
namespace {

// Re-parses cost one parse each; a diagram whose rewrites keep failing stops
// trying after this many and keeps what was proven.
constexpr size_t kParseBudget = 400;

class Verifier {
 public:
  Verifier(const Source& source, const Limits& limits, const ParseResult& original, DiagramFormat& format,
           const std::vector<Proposal>& proposals)
      : source_(source), limits_(limits), original_(original), format_(format), proposals_(proposals) {}

  // Accepts proposals[lo, hi) together if the meaning holds, else each half on its own.
  void settle(size_t lo, size_t hi) {
    if (lo >= hi) return;
    for (size_t i = lo; i < hi; ++i) format_.rewrite[proposals_[i].line] = proposals_[i].replacement;
    if (holds()) return;
    for (size_t i = lo; i < hi; ++i) format_.rewrite[proposals_[i].line].reset();
    if (hi - lo == 1) return;
    const size_t mid = lo + (hi - lo) / 2;
    settle(lo, mid);
    settle(mid, hi);
  }

 private:
  bool holds() {
    if (parses_++ >= kParseBudget) return false;
    const std::string text = compose(
        format_.lines, format_.rewrite, [](size_t) { return std::string_view(); },
        [&](size_t i) { return format_.lines[i].text; });
    const Source candidate(source_.origin(), text, source_.first_line(), source_.indent());
    return same_meaning(original_, parse_diagram(candidate, limits_));
  }

  const Source& source_;
  const Limits& limits_;
  const ParseResult& original_;
  DiagramFormat& format_;
  const std::vector<Proposal>& proposals_;
  size_t parses_ = 0;
};

}  // namespace

DiagramFormat format_diagram(const Source& source, const Limits& limits,
                             std::optional<std::pair<uint32_t, uint32_t>> local_lines) {
  DiagramFormat format;
  const std::string& text = source.text();
  format.lines = split_lines(text);
  format.rewrite.resize(format.lines.size());
  const ParseResult original = parse_diagram(source, limits);
  for (const Diagnostic& d : original.diagnostics) {
    if (d.severity == Severity::error) {
      format.error = d;
      return format;
    }
  }
  std::vector<Proposal> proposals;
  if (const auto* chart = std::get_if<Flowchart>(&original.diagram)) {
    proposals = propose_flowchart(text, format.lines, *chart);
  } else if (const auto* map = std::get_if<Mindmap>(&original.diagram)) {
    proposals = propose_mindmap(text, format.lines, *map);
  } else {
    return format;  // another diagram type, or nothing: left as written
  }
  std::erase_if(proposals, [&](const Proposal& p) {
    if (local_lines && (p.line < local_lines->first || p.line > local_lines->second)) return true;
    return p.replacement.size() == 1 && p.replacement[0] == format.lines[p.line].text;
  });
  std::sort(proposals.begin(), proposals.end(), [](const Proposal& a, const Proposal& b) { return a.line < b.line; });
  Verifier(source, limits, original, format, proposals).settle(0, proposals.size());
  for (const auto& r : format.rewrite) format.changed = format.changed || r.has_value();
  return format;
}

}  // namespace merrow::format
