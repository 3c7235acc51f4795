// A diagram's text and where it came from. Every span in the model is a byte
// range into Source::text(); position() turns it into the line and column of
// the *host* file (a Markdown page, stdin, a .mmd file), columns counted in
// Unicode characters, 1-based.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace merrow {

struct Span {
  uint32_t begin = 0;  // byte offset, inclusive
  uint32_t end = 0;    // byte offset, exclusive
};

struct Position {
  uint32_t line = 1;    // 1-based, in the host file
  uint32_t column = 1;  // 1-based, in characters (code points), in the host file
};

class Source {
 public:
  // `first_line` is the host line of the text's first line; `indent` is the
  // number of characters that were stripped from the start of every line
  // (a fenced block indented inside a Markdown list).
  Source(std::string origin, std::string text, uint32_t first_line = 1, uint32_t indent = 0);

  const std::string& origin() const { return origin_; }
  const std::string& text() const { return text_; }
  // Hands the text over (a caller done with the Source avoids a copy).
  std::string take_text() && { return std::move(text_); }
  uint32_t first_line() const { return first_line_; }
  uint32_t indent() const { return indent_; }

  Position position(uint32_t offset) const;
  // The text of the line holding `offset`, without its line break.
  std::string_view line_at(uint32_t offset) const;
  // Byte offset of the start of the (0-based, local) line.
  uint32_t line_start(uint32_t local_line) const { return line_starts_[local_line]; }
  uint32_t line_count() const { return static_cast<uint32_t>(line_starts_.size()); }

 private:
  std::string origin_;
  std::string text_;
  uint32_t first_line_;
  uint32_t indent_;
  std::vector<uint32_t> line_starts_;
};

}  // namespace merrow
