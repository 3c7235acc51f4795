// Which line of the original text a mermaid error message means.
//
// mermaid numbers lines in the text its parser receives, not in the file:
// preprocessDiagram() first turns CRLF into LF, removes the YAML front matter,
// removes `%%{...}%%` directives (their line breaks stay), removes `%%` comment
// lines together with the blank lines before them, trims the start, and the
// Diagram then appends "\n". This replays those deletions, keeping for each
// character its offset in the original, so "line N" can be turned back into a
// line of the file.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace merrow::corpus {

class MermaidLines {
 public:
  explicit MermaidLines(const std::string& original);

  // The 1-based line of the original that mermaid's line `line` starts on;
  // nullopt for the line mermaid's appended "\n" opens (the end of the input).
  std::optional<uint32_t> original_line(uint32_t line) const;
  bool is_end_of_input(uint32_t line) const;

 private:
  std::string original_;
  std::string text_;               // as mermaid's parser sees it, without the appended "\n"
  std::vector<uint32_t> origin_;   // origin_[i]: offset in original_ of text_[i]
};

}  // namespace merrow::corpus
