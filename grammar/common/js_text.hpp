// Character classes as mermaid's JavaScript regexes see them. mermaid's
// detectors and preprocessing use `\s` (which, in JavaScript, also matches
// U+00A0, U+FEFF, U+2028, ...) and `trimStart()`; merrow must skip the same
// characters to reach the same verdict, e.g. a no-break space before `graph`.
// Pre: `text` is valid UTF-8 up to its end. Post: lengths are byte counts,
// never past text.size().
#pragma once
#include <cstdint>
#include <string_view>

namespace merrow::grammar {

// Byte length of the JavaScript `\s` character starting at `pos`, or 0.
uint32_t js_space_length(std::string_view text, uint32_t pos);

// First position at or after `pos` that is not JavaScript whitespace.
uint32_t skip_js_space(std::string_view text, uint32_t pos);

// Position of the '\n' ending the line that holds `pos`, or text.size().
uint32_t line_end(std::string_view text, uint32_t pos);

// True if `text` starts with `prefix` at `pos`.
bool starts_with_at(std::string_view text, uint32_t pos, std::string_view prefix);

// `\w` in JavaScript: [A-Za-z0-9_].
bool is_word_char(char c);

}  // namespace merrow::grammar
