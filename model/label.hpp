// Label text as written, and its decoded, styled form. The grammar keeps the
// text as written (quotes stripped); decode_label() turns it into lines of
// runs the way mermaid shows it: `<br>` and newlines break lines (and, in
// plain labels, the two characters `\n`), entity codes
// (`#quot;`, `#9829;`, `&amp;`) are decoded, markdown strings get **bold** and
// _italic_ runs, `fa:fa-car` becomes an icon run.
#pragma once
#include <string>
#include <vector>

namespace merrow {

enum class LabelFormat : uint8_t { plain, markdown };

struct Label {
  std::string text;  // as written, quotes/backticks stripped
  LabelFormat format = LabelFormat::plain;
};

struct TextRun {
  std::string text;  // UTF-8
  bool bold = false;
  bool italic = false;
  bool icon = false;  // text is an icon name, e.g. "fa:fa-car"
};

struct TextLine {
  std::vector<TextRun> runs;
};

// Every html label wraps (layout_text's wrap width; the caller chooses it).
struct RichText {
  std::vector<TextLine> lines;
};

RichText decode_label(const Label& label);

// `code_point` as UTF-8; NUL, surrogates and values past U+10FFFF become U+FFFD.
void append_utf8(std::string& out, uint32_t code_point);

}  // namespace merrow
