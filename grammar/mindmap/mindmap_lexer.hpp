// mermaid's mindmap lexer, state for state: the token stream mermaid's Jison
// parser sees, including its quirks (a node text runs over line breaks until
// the shape closes; `root:::a` is one NODE_ID because NODE_ID is tried at
// "r" and swallows the colons; a lone `{` is unrecognized text).
// Pre: `text` is the cleaned diagram text (CleanText), `pos` the keyword.
// Post: next() returns tokens in order; after `eof` comes `end`; a character
// no rule accepts gives `lexical_error` at its offset.
#pragma once
#include <cstdint>
#include <string_view>
#include <vector>

namespace merrow::grammar::mindmap {

enum class TokenKind : uint8_t {
  space_line,   // SPACELINE: blank lines or a `%%` comment
  newline,      // NL
  keyword,      // MINDMAP
  indentation,  // SPACELIST
  node_id,      // NODE_ID
  shape_open,   // NODE_DSTART
  description,  // NODE_DESCR
  shape_close,  // NODE_DEND
  icon,         // ICON
  css_class,    // CLASS
  eof,          // EOF (Jison's `$` rule)
  end,          // end of input ($end)
  lexical_error,
};

struct Token {
  TokenKind kind = TokenKind::end;
  uint32_t begin = 0;
  uint32_t end = 0;
  bool markdown = false;  // a description written "`...`"
  bool quoted = false;    // a description written "..."
};

class Lexer {
 public:
  Lexer(std::string_view text, uint32_t pos) : text_(text), pos_(pos) {}
  Token next();

 private:
  enum class State : uint8_t { initial, node, string, markdown, icon, css_class };
  bool try_initial(Token& token);
  bool try_node(Token& token);
  bool try_quoted(Token& token);
  bool try_icon_or_class(Token& token);
  void begin(State s) { states_.push_back(s); }
  void pop() {
    if (!states_.empty()) states_.pop_back();
  }
  State state() const { return states_.empty() ? State::initial : states_.back(); }

  std::string_view text_;
  uint32_t pos_;
  bool done_ = false;
  std::vector<State> states_;
};

}  // namespace merrow::grammar::mindmap
