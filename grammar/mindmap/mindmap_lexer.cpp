// See mindmap_lexer.hpp. Each state tries its lexemes in mindmap.jison's order;
// a lexeme either yields a token, or only changes state (Jison rules without a
// `return`, e.g. `"::icon("`), after which the loop tries again.
#include "grammar/mindmap/mindmap_lexer.hpp"

#include "grammar/mindmap/mindmap_lexemes.hpp"

namespace merrow::grammar::mindmap {
namespace {

namespace pegtl = tao::pegtl;

// Length of Rule's match at `pos`, 0 if it does not match (no lexeme matches empty).
template <typename Rule>
uint32_t match(std::string_view text, uint32_t pos) {
  pegtl::memory_input<pegtl::tracking_mode::lazy> in(text.data() + pos, text.data() + text.size(), "");
  if (!pegtl::parse<Rule>(in)) return 0;
  return static_cast<uint32_t>(in.current() - (text.data() + pos));
}

}  // namespace

// Tries one lexeme that yields a token: on a match, fill the token and advance.
#define MERROW_TRY(Rule, Kind)                                  \
  if (const uint32_t n = match<lexeme::Rule>(text_, pos_)) {    \
    token = {TokenKind::Kind, pos_, pos_ + n};                  \
    pos_ += n;                                                  \
    return true;                                                \
  }

bool Lexer::try_initial(Token& token) {
  MERROW_TRY(comment, space_line)
  MERROW_TRY(keyword, keyword)
  if (const uint32_t n = match<lexeme::class_start>(text_, pos_)) {
    pos_ += n;
    begin(State::css_class);
    return false;
  }
  if (const uint32_t n = match<lexeme::icon_start>(text_, pos_)) {
    pos_ += n;
    begin(State::icon);
    return false;
  }
  MERROW_TRY(blank_lines, space_line)
  MERROW_TRY(newlines, newline)
  if (const uint32_t n = match<lexeme::shape_open>(text_, pos_)) {
    token = {TokenKind::shape_open, pos_, pos_ + n};
    pos_ += n;
    begin(State::node);
    return true;
  }
  MERROW_TRY(indentation, indentation)
  MERROW_TRY(node_id, node_id)
  if (pos_ >= text_.size()) {
    token = {TokenKind::eof, pos_, pos_};
    return true;
  }
  token = {TokenKind::lexical_error, pos_, pos_ + 1};
  return true;
}

bool Lexer::try_node(Token& token) {
  if (const uint32_t n = match<lexeme::markdown_open>(text_, pos_)) {
    pos_ += n;
    begin(State::markdown);
    return false;
  }
  if (const uint32_t n = match<lexeme::string_open>(text_, pos_)) {
    pos_ += n;
    begin(State::string);
    return false;
  }
  if (const uint32_t n = match<lexeme::shape_close>(text_, pos_)) {
    token = {TokenKind::shape_close, pos_, pos_ + n};
    pos_ += n;
    pop();
    return true;
  }
  MERROW_TRY(description, description)
  MERROW_TRY(description_rest, description)
  token = {pos_ >= text_.size() ? TokenKind::end : TokenKind::lexical_error, pos_, pos_};
  return true;
}

bool Lexer::try_quoted(Token& token) {
  const bool markdown = state() == State::markdown;
  const uint32_t text_length = markdown ? match<lexeme::markdown_text>(text_, pos_)
                                        : match<lexeme::string_text>(text_, pos_);
  if (text_length) {
    token = {TokenKind::description, pos_, pos_ + text_length, markdown, !markdown};
    pos_ += text_length;
    return true;
  }
  const uint32_t close = markdown ? match<lexeme::markdown_close>(text_, pos_)
                                  : match<lexeme::string_close>(text_, pos_);
  if (close) {
    pos_ += close;
    pop();
    return false;
  }
  token = {pos_ >= text_.size() ? TokenKind::end : TokenKind::lexical_error, pos_, pos_};
  return true;
}

bool Lexer::try_icon_or_class(Token& token) {
  if (state() == State::icon) {
    MERROW_TRY(icon_text, icon)
    if (const uint32_t n = match<lexeme::icon_close>(text_, pos_)) {
      pos_ += n;
      pop();
      return false;
    }
  } else {
    if (const uint32_t n = match<lexeme::class_text>(text_, pos_)) {
      token = {TokenKind::css_class, pos_, pos_ + n};
      pos_ += n;
      pop();
      return true;
    }
    if (const uint32_t n = match<lexeme::class_newline>(text_, pos_)) {
      pos_ += n;
      pop();
      return false;
    }
  }
  token = {pos_ >= text_.size() ? TokenKind::end : TokenKind::lexical_error, pos_, pos_};
  return true;
}

#undef MERROW_TRY

Token Lexer::next() {
  while (true) {
    if (done_) return {TokenKind::end, pos_, pos_};
    if (pos_ >= text_.size()) done_ = true;  // Jison: `if (!this._input) this.done = true`
    Token token;
    bool produced = false;
    switch (state()) {
      case State::initial: produced = try_initial(token); break;
      case State::node: produced = try_node(token); break;
      case State::string:
      case State::markdown: produced = try_quoted(token); break;
      case State::icon:
      case State::css_class: produced = try_icon_or_class(token); break;
    }
    if (produced) return token;
  }
}

}  // namespace merrow::grammar::mindmap
