// Text mermaid accepts but reads differently from what it looks like:
// M221 an edge label `A -- yes B` that runs on past its line break (the next
// line's first node becomes label text), M222 a `\"` inside a string (a
// backslash escapes nothing: the quote ends the string, the backslash is drawn).
#include <string>

#include "lint/rules/families.hpp"
#include "lint/text_scan.hpp"

namespace merrow::lint {
namespace {

void check_label_runs_on(const Flowchart& chart, Reporter& reporter) {
  const std::string_view text = reporter.text();
  for (const auto& edge : chart.edges) {
    if (!edge.has_label) continue;
    const std::string& label = edge.label.text;
    const size_t newline = label.find('\n');
    if (newline == std::string::npos) continue;
    // The label's first line, found back from the link that closed it.
    const std::string_view first(std::string_view(label).substr(0, newline));
    const std::string_view head = trim(first);
    if (head.empty() || edge.span.begin > text.size()) continue;
    const size_t at = text.rfind(head, edge.span.begin);
    if (at == std::string_view::npos) continue;
    std::string shown;
    for (const char c : label) {
      const bool blank = c == '\n' || c == ' ' || c == '\t';
      if (!blank) shown += c;
      else if (!shown.empty() && shown.back() != ' ') shown += ' ';
    }
    Diagnostic& d = reporter.report(
        "M221", {static_cast<uint32_t>(at), static_cast<uint32_t>(at + head.size())},
        "the link label " + backticked(head) + " is not closed on its line: mermaid reads on into the next line, "
        "so the label becomes " + backticked(trim(shown)) + " and its words are not nodes",
        "close the label on this line, e.g. `A -- yes --> B`");
    (void)d;
  }
}

void check_backslash_quote(Reporter& reporter) {
  const std::string_view text = reporter.text();
  if (text.find("\\\"") == std::string_view::npos) return;  // the common case: one scan, no statement split
  for (const auto& statement : text_statements(text)) {
    const size_t escaped = statement.text.find("\\\"");
    if (escaped == std::string_view::npos) continue;
    const auto begin = static_cast<uint32_t>(statement.text.data() - text.data());
    std::vector<Edit> edits;
    for (size_t i = escaped; i != std::string_view::npos; i = statement.text.find("\\\"", i + 2)) {
      const auto at = begin + static_cast<uint32_t>(i);
      edits.push_back({{at, at + 2}, "#quot;"});
    }
    Diagnostic& d = reporter.report(
        "M222", {begin + static_cast<uint32_t>(escaped), begin + static_cast<uint32_t>(escaped) + 2},
        "a backslash does not escape a quote in Mermaid: `\\\"` ends the string and the backslash is drawn",
        "write #quot; for a quote inside a label");
    d.fix = Fix{"write #quot; for each `\\\"` (the drawn text changes to the quote meant)", std::move(edits), false};
  }
}

}  // namespace

void check_surprises(const Flowchart& chart, Reporter& reporter) {
  check_label_runs_on(chart, reporter);
  check_backslash_quote(reporter);
}

}  // namespace merrow::lint
