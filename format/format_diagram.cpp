#include "format/format_diagram.hpp"

#include <algorithm>
#include <variant>

#include "format/group_styles.hpp"
#include "format/same_meaning.hpp"
#include "grammar/parse.hpp"

namespace merrow::format {
namespace {

// rewrite[i]: line i's new lines, or nullopt when it stays as written.
using Rewrite = std::vector<std::optional<std::vector<std::string>>>;

// Re-parses cost one parse each; a diagram whose rewrites keep failing stops
// trying after this many and keeps what was proven.
constexpr size_t kParseBudget = 400;

std::string local_text(const std::vector<TextLine>& lines, const std::vector<OutLine>& out,
                       std::vector<uint32_t>* starts = nullptr) {
  return compose(
      lines, out, [](size_t) { return std::string_view(); }, [&](size_t i) { return lines[i].text; }, starts);
}

Source candidate(const Source& source, const std::vector<TextLine>& lines, const std::vector<OutLine>& out) {
  return Source(source.origin(), local_text(lines, out), source.first_line(), source.indent());
}

class Verifier {
 public:
  Verifier(const Source& source, const Limits& limits, const ParseResult& original, const DiagramFormat& format,
           Rewrite& rewrite, const std::vector<Proposal>& proposals)
      : source_(source), limits_(limits), original_(original), format_(format), rewrite_(rewrite), proposals_(proposals) {}

  // Accepts proposals[lo, hi) together if the meaning holds, else each half on its own.
  void settle(size_t lo, size_t hi) {
    if (lo >= hi) return;
    for (size_t i = lo; i < hi; ++i) rewrite_[proposals_[i].line] = proposals_[i].replacement;
    if (holds()) return;
    for (size_t i = lo; i < hi; ++i) rewrite_[proposals_[i].line].reset();
    if (hi - lo == 1) return;
    const size_t mid = lo + (hi - lo) / 2;
    settle(lo, mid);
    settle(mid, hi);
  }

 private:
  bool holds() {
    if (parses_++ >= kParseBudget) return false;
    return same_meaning(original_, parse_diagram(candidate(source_, format_.lines, flatten(rewrite_)), limits_));
  }

  const Source& source_;
  const Limits& limits_;
  const ParseResult& original_;
  const DiagramFormat& format_;
  Rewrite& rewrite_;
  const std::vector<Proposal>& proposals_;
  size_t parses_ = 0;
};

// The styling statements grouped at the end (group_styles.hpp), if the
// re-parsed result still means the same.
void group(const Source& source, const Limits& limits, const ParseResult& original, DiagramFormat& format) {
  std::vector<uint32_t> starts;
  const std::string text = local_text(format.lines, format.out, &starts);
  const ParseResult now = parse_diagram(Source(source.origin(), text, source.first_line(), source.indent()), limits);
  const auto* chart = std::get_if<Flowchart>(&now.diagram);
  if (chart == nullptr || !now.ok()) return;
  std::optional<std::vector<OutLine>> grouped = group_styles(text, *chart, format.out);
  if (!grouped || *grouped == format.out) return;
  if (!same_meaning(original, parse_diagram(candidate(source, format.lines, *grouped), limits))) return;
  format.out = std::move(*grouped);
}

}  // namespace

std::vector<OutLine> flatten(const Rewrite& rewrite) {
  std::vector<OutLine> out;
  for (uint32_t i = 0; i < rewrite.size(); ++i) {
    if (!rewrite[i]) {
      out.push_back({i, std::nullopt, true});
      continue;
    }
    for (size_t k = 0; k < rewrite[i]->size(); ++k) out.push_back({i, (*rewrite[i])[k], k + 1 == rewrite[i]->size()});
  }
  return out;
}

DiagramFormat format_diagram(const Source& source, const Limits& limits,
                             std::optional<std::pair<uint32_t, uint32_t>> local_lines) {
  DiagramFormat format;
  const std::string& text = source.text();
  format.lines = split_lines(text);
  Rewrite rewrite(format.lines.size());
  format.out = flatten(rewrite);
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
  Verifier(source, limits, original, format, rewrite, proposals).settle(0, proposals.size());
  format.out = flatten(rewrite);
  if (!local_lines && std::holds_alternative<Flowchart>(original.diagram)) group(source, limits, original, format);
  format.changed = format.out != flatten(Rewrite(format.lines.size()));
  return format;
}

}  // namespace merrow::format
