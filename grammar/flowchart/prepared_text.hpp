// The text flow.jison really lexes: mermaid removes `%%{...}%%` directives
// and whole-line `%%` comments, turns CRLF into LF, rewrites `attr="x"` to
// `attr='x'` inside HTML tags (cleanupText), and appends "\n". Diagram.fromText
// also runs encodeEntities(): `#quot;` becomes a placeholder whose `°` no id
// or style may hold and whose `;` separates nothing. Here (keeping every
// offset) the `#` and `;` of such a code become kEntityHash/kEntitySemicolon,
// which no INITIAL-state token accepts and every text state does. Spans found
// in that text are mapped back to the Source with remap_spans().
// Pre: body_begin is the offset of the diagram keyword.
// Post: text() starts with the keyword and ends with "\n".
#pragma once
#include <string>
#include <vector>

#include "grammar/common/clean_text.hpp"
#include "model/diagnostic.hpp"
#include "model/flowchart.hpp"
#include "model/source.hpp"

namespace merrow::flowchart_grammar {

inline constexpr char kEntityHash = '\x01';
inline constexpr char kEntitySemicolon = '\x02';

class PreparedText {
 public:
  PreparedText(const Source& source, uint32_t body_begin);
  const std::string& text() const { return clean_.text(); }
  Span original(Span span) const { return clean_.original(span); }

 private:
  grammar::CleanText clean_;
};

// Maps every span of `chart` and of diagnostics[first..] from prepared-text
// offsets to Source offsets.
void remap_spans(const PreparedText& text, Flowchart& chart, std::vector<Diagnostic>& diagnostics,
                 std::size_t first_diagnostic);
// The same for diagnostics[first..] alone (the chart is being dropped).
void remap_spans(const PreparedText& text, std::vector<Diagnostic>& diagnostics, std::size_t first_diagnostic);

}  // namespace merrow::flowchart_grammar
