#include "lint/syntax_fixes.hpp"

#include <optional>
#include <string>

#include "lint/text_scan.hpp"

namespace merrow::lint {
namespace {

constexpr size_t kLongestSuggestedLine = 240;

char closer_for(char opener) {
  switch (opener) {
    case '[': return ']';
    case '(': return ')';
    case '{': return '}';
    default: return 0;
  }
}

// On a line like `A[foo --> B`, the first bracket that opens a label right
// after an id and is still open where an arrow starts: close it before the arrow.
std::optional<Fix> close_before_arrow(const Source& source, uint32_t offset) {
  const std::string_view line = source.line_at(offset);
  // The suggestion quotes the corrected line: past a screenful it helps no
  // one, and on a long one-line diagram with many errors it would cost
  // (errors x line length).
  if (line.size() > kLongestSuggestedLine) return std::nullopt;
  const auto line_begin = static_cast<uint32_t>(line.data() - source.text().data());
  std::string open;  // stack of expected closers
  bool quoted = false;
  for (size_t i = 0; i < line.size(); ++i) {
    const char c = line[i];
    if (c == '"') quoted = !quoted;
    if (quoted) continue;
    if (const char closer = closer_for(c)) {
      open += closer;
    } else if (!open.empty() && c == open.back()) {
      open.pop_back();
    } else if (!open.empty() && (line.substr(i).starts_with("-->") || line.substr(i).starts_with("---") ||
                                 line.substr(i).starts_with("==>") || line.substr(i).starts_with("-.->"))) {
      size_t at = i;
      while (at > 0 && line[at - 1] == ' ') --at;  // close the label before its trailing spaces
      const std::string closers(open.rbegin(), open.rend());
      const auto where = line_begin + static_cast<uint32_t>(at);
      std::string corrected(line.substr(0, at));
      corrected += closers;
      corrected += line.substr(at);
      return Fix{"did you mean `" + std::string(trim(corrected)) + "`?", {{{where, where}, closers}}, false};
    }
  }
  return std::nullopt;
}

}  // namespace

void add_syntax_fixes(const Source& source, std::vector<Diagnostic>& diagnostics) {
  for (auto& diagnostic : diagnostics) {
    if (diagnostic.fix || diagnostic.severity != Severity::error) continue;
    // An unclosed bracket is reported where reading stopped; its opener's
    // line (a note) is the one to repair.
    uint32_t line_of_mistake = diagnostic.span.begin;
    for (const auto& note : diagnostic.notes)
      if (note.span) line_of_mistake = note.span->begin;
    diagnostic.fix = close_before_arrow(source, line_of_mistake);
  }
}

}  // namespace merrow::lint
