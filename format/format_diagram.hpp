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

struct DiagramFormat {
  std::vector<TextLine> lines;  // of source.text()
  // Per line: its new lines, or nullopt when it stays as written.
  std::vector<std::optional<std::vector<std::string>>> rewrite;
  std::optional<Diagnostic> error;  // the first syntax error: nothing rewritten
  bool changed = false;
};

// `local_lines`: only lines [first, last] (0-based, of this text) may change.
DiagramFormat format_diagram(const Source& source, const Limits& limits,
                             std::optional<std::pair<uint32_t, uint32_t>> local_lines);

// The text with `rewrite` applied; line i's new lines start with prefix(i)
// (the Markdown container prefix), and an unchanged line is `original(i)`.
template <typename Prefix, typename Original>
std::string compose(const std::vector<TextLine>& lines,
                    const std::vector<std::optional<std::vector<std::string>>>& rewrite, Prefix prefix,
                    Original original) {
  std::string out;
  for (size_t i = 0; i < lines.size(); ++i) {
    const TextLine& line = lines[i];
    const std::string_view eol = !line.eol ? "" : line.cr ? "\r\n" : "\n";
    if (!rewrite[i]) {
      out += original(i);
      out += eol;
      continue;
    }
    const auto& replacement = *rewrite[i];
    for (size_t k = 0; k < replacement.size(); ++k) {
      const std::string_view p = prefix(i);
      if (replacement[k].empty()) {
        out += trim_right(p);
      } else {
        out += p;
        out += replacement[k];
      }
      // Lines a statement split into all end like the line they came from.
      out += k + 1 < replacement.size() ? (line.cr ? std::string_view("\r\n") : std::string_view("\n")) : eol;
    }
  }
  return out;
}

}  // namespace merrow::format
