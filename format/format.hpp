// merrow's formatter: one canonical layout for flowcharts and mindmaps, in a
// bare diagram or in every mermaid block of a Markdown page.
//   - one statement per line (`A-->B; B-->C` splits), trailing `;` dropped;
//   - bodies indented 4 spaces per subgraph level, mindmap nodes 2 per level;
//   - one space around links (`A --> B`, `A -->|x| B`, `A -- x --> B`) and `&`;
//   - trailing whitespace, blank runs and blank lines at the ends removed;
//   - comments kept in place (re-indented), directives, front matter and
//     everything before the diagram keyword untouched, as is everything
//     outside a Markdown block (byte for byte).
// It never changes meaning: each rewritten line is accepted only if the model
// parsed from the result equals the original's (format/same_meaning.hpp), so a
// line the rules cannot prove safe (a label spanning lines, a quirk of
// mermaid's lexer) stays as written. A diagram with a syntax error, or of a
// type merrow does not parse, is left exactly as it is.
// Pre: any bytes. Post: never throws; deterministic; format(format(x)) == format(x).
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "model/limits.hpp"
#include "model/source.hpp"

namespace merrow::format {

struct Options {
  Limits limits;
  // Only lines in [first, last] (1-based host lines) are rewritten (an editor's range formatting).
  std::optional<std::pair<uint32_t, uint32_t>> lines;
};

// A diagram left as it was because it does not parse: its first error.
struct Problem {
  Position position;  // host line and column (characters)
  std::string code;   // "M101"
  std::string message;
};

// Host bytes [begin, end) of the input replaced by `text`.
struct Replacement {
  uint32_t begin = 0, end = 0;
  std::string text;
};

struct Outcome {
  std::string text;                       // the formatted file
  std::vector<Replacement> replacements;  // what changed, in host order, not overlapping
  std::vector<Problem> problems;          // in host order
  size_t diagrams = 0;                    // diagrams found
  size_t changed = 0;                     // diagrams whose text changed
};

Outcome format_text(const std::string& origin, const std::string& content, bool markdown,
                    const Options& options = Options{});

}  // namespace merrow::format
