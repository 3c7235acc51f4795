// One diagram: the proposals of its proposer, each kept only if the re-parsed
// text still means the same (same_meaning.hpp).
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "format/lines.hpp"
#include "model/diagnostic.hpp"
#include "model/limits.hpp"
#include "model/source.hpp"

namespace merrow::format {

// One line of the result: line `line` of the input as written (`text`
// empty), or new text standing where that line's Markdown prefix is.
struct OutLine {
  uint32_t line = 0;
  std::optional<std::string> text;
  bool last_piece = true;  // the last line `line` became (it takes that line's own line break)
  bool operator==(const OutLine&) const = default;
};

struct DiagramFormat {
  std::vector<TextLine> lines;  // of source.text()
  std::vector<OutLine> out;     // the result, line by line
  std::optional<Diagnostic> error;  // the first syntax error: nothing rewritten
  bool changed = false;
};

// `local_lines`: only lines [first, last] (0-based, of this text) may change;
// statements are then never moved between lines.
DiagramFormat format_diagram(const Source& source, const Limits& limits,
                             std::optional<std::pair<uint32_t, uint32_t>> local_lines);

// `out` for per-line rewrites (nullopt: the line stays as written).
std::vector<OutLine> flatten(const std::vector<std::optional<std::vector<std::string>>>& rewrite);

// The text of `out`; a new line starts with prefix(i) of the line i it came
// from (the Markdown container prefix), an unchanged one is `original(i)`.
// `starts`, when given, receives each output line's byte offset.
template <typename Prefix, typename Original>
std::string compose(const std::vector<TextLine>& lines, const std::vector<OutLine>& out, Prefix prefix,
                    Original original, std::vector<uint32_t>* starts = nullptr) {
  std::string s;
  for (size_t k = 0; k < out.size(); ++k) {
    if (starts) starts->push_back(static_cast<uint32_t>(s.size()));
    const OutLine& o = out[k];
    const TextLine& line = lines[o.line];
    if (!o.text) {
      s += original(o.line);
    } else if (o.text->empty()) {
      s += trim_right(prefix(o.line));
    } else {
      s += prefix(o.line);
      s += *o.text;
    }
    const std::string_view newline = line.cr ? "\r\n" : "\n";
    // A line keeps its own ending; the lines a statement split into, or a
    // last line moved up, end like it would with one.
    if (!o.last_piece || (!line.eol && k + 1 < out.size())) {
      s += newline;
    } else if (line.eol) {
      s += newline;
    }
  }
  return s;
}

}  // namespace merrow::format
