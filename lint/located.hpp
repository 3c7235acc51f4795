// A diagnostic placed in its host file: what emitters print and --fix applies.
// Diagram-local byte spans become host byte offsets and host line:column
// positions (columns in characters), so a Markdown page's diagrams report
// lines of the page and fixes rewrite only the bytes they name.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "model/diagnostic.hpp"

namespace merrow::lint {

struct LocatedEdit {
  uint32_t begin = 0, end = 0;  // host byte range to replace
  Position start, stop;         // host positions of begin and end
  std::string replacement;
};

struct LocatedFix {
  std::string message;
  bool safe = false;
  std::vector<LocatedEdit> edits;
};

// The host line a position stands on, as shown under a diagnostic: a long
// line is cut to a window around the position ("…" marks a cut), so a
// diagnostic never copies a megabyte line.
struct ShownLine {
  std::string text;
  uint32_t first_column = 1;  // the host column of text's first character
};

struct LocatedNote {
  std::string message;
  std::optional<Position> position;
  ShownLine line;  // the host line holding `position`, when there is one
};

struct LocatedDiagnostic {
  std::string code, name;
  Severity severity = Severity::error;
  std::string message, label;
  Position start, end;    // host positions of the primary span
  ShownLine line;  // the host line holding `start`, without its line break
  std::vector<LocatedNote> notes;
  std::optional<LocatedFix> fix;
};

// Everything linting one file produced.
struct FileReport {
  std::string path;     // as the user named it ("-" for stdin)
  std::string content;  // the host text as read (fixes rewrite it)
  std::vector<LocatedDiagnostic> diagnostics;  // host order
  size_t diagrams = 0;  // mermaid diagrams found (blocks in Markdown)
  std::string io_error; // non-empty: the file could not be read

  bool has_errors() const;
};

}  // namespace merrow::lint
