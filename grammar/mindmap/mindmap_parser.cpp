// parse_mindmap: mermaid's mindmap.jison grammar over the token stream of
// mindmap_lexer, building the tree with TreeBuilder.
//   start     : MINDMAP NL? document          (leading blank lines were skipped)
//   document  : (statement stop)+
//   stop      : (NL | EOF | SPACELINE) (NL | EOF)*
//   statement : SPACELIST? (node | ICON | CLASS) | SPACELIST | SPACELINE
//   node      : NODE_ID | NODE_ID? NODE_DSTART NODE_DESCR NODE_DEND
// The grammar is small and flat (indentation is data, not nesting), so it is
// a loop over tokens rather than a second PEG; the lexemes are PEGTL rules.
// Like mermaid, parsing stops at the first error: after a broken shape the
// rest of the text is one long description and no later verdict is reliable.
// Quirks matched (each checked against mermaid 11 verdicts in the corpus):
//   `mindmap\n\nroot` fails: the blank lines after the keyword are a
//   SPACELINE *statement*, which must be followed by a line break;
//   `root[a] ::icon(x)` fails: an icon goes on its own line;
//   a node's indentation counts characters: a tab is one, like a space.
#include "grammar/mindmap/mindmap_parser.hpp"

#include <algorithm>
#include <string>

#include "grammar/common/clean_text.hpp"
#include "grammar/common/make_diagnostic.hpp"
#include "grammar/mindmap/mindmap_errors.hpp"
#include "grammar/mindmap/mindmap_lexer.hpp"
#include "grammar/mindmap/mindmap_tree.hpp"
#include "grammar/preamble/directives.hpp"

namespace merrow {
namespace {

using namespace grammar::mindmap;

std::string trim(std::string_view s) {
  const auto first = s.find_first_not_of(" \t\r\n\v\f");
  if (first == std::string_view::npos) return {};
  const auto last = s.find_last_not_of(" \t\r\n\v\f");
  return std::string(s.substr(first, last - first + 1));
}

// `text` in backquotes. (Built by append: GCC 12 warns falsely, -Wrestrict,
// on "`" + std::string(...) chains.)
std::string backquoted(std::string_view text) {
  std::string s;
  s.reserve(text.size() + 2);
  s += '`';
  s += text;
  s += '`';
  return s;
}

// Characters (code points) in `s`: mermaid's level is the SPACELIST's length.
int32_t characters(std::string_view s) {
  return static_cast<int32_t>(std::count_if(s.begin(), s.end(), [](char c) {
    return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  }));
}

// mermaid's getType(start, end).
MindmapShape shape_of(std::string_view open, std::string_view close) {
  if (open == "[") return MindmapShape::square;
  if (open == "(") return close == ")" ? MindmapShape::rounded : MindmapShape::cloud;
  if (open == "((") return MindmapShape::circle;
  if (open == ")") return MindmapShape::cloud;
  if (open == "))") return MindmapShape::bang;
  if (open == "{{") return MindmapShape::hexagon;
  return MindmapShape::plain;  // `-)` and `(-` open a shape mermaid draws as the default
}

const char* closing_for(std::string_view open) {
  if (open == "[") return "]";
  if (open == "(") return ")";
  if (open == "((") return "))";
  if (open == ")") return "(";
  if (open == "))") return "((";
  if (open == "{{") return "}}";
  return ")";
}

class StatementParser {
 public:
  StatementParser(const grammar::CleanText& clean, Mindmap& map, std::vector<Diagnostic>& diagnostics,
                  const Limits& limits)
      : clean_(clean), text_(clean.text()), lexer_(text_, 0), tree_(map, limits),
        diagnostics_(diagnostics) {}

  void run();

 private:
  void advance() {
    previous_ = token_;
    token_ = lexer_.next();
  }
  std::string_view token_text(const Token& t) const { return text_.substr(t.begin, t.end - t.begin); }
  Span host_span(const Token& t) const { return clean_.original(Span{t.begin, t.end}); }
  void fail(ErrorKind kind, const Token& at, std::string detail, std::string label);
  // The shape's text ran out where `at` stands (mermaid names that line);
  // the note points at the opener.
  void fail_unclosed(const Token& open, const Token& at, std::string detail, std::string label);
  bool statement();
  bool node(const Token* indentation);
  bool stop();
  void decorate(const Token& decoration);
  void report_second_root(const MindmapNode& node, const Token* indentation);

  const grammar::CleanText& clean_;
  std::string_view text_;
  Lexer lexer_;
  Token token_;
  Token previous_;
  TreeBuilder tree_;
  std::vector<Diagnostic>& diagnostics_;
  std::string root_indentation_;
  bool first_statement_ = true;
  bool blank_statement_ = false;  // the last statement was a SPACELINE
};

void StatementParser::fail(ErrorKind kind, const Token& at, std::string detail, std::string label) {
  const ErrorInfo& info = error_info(kind);
  std::string message(info.message);
  if (!detail.empty()) message += ": " + detail;
  diagnostics_.push_back(grammar::make_diagnostic(info.code, info.name, Severity::error, std::move(message),
                                                  host_span(at), std::move(label)));
}

void StatementParser::fail_unclosed(const Token& open, const Token& at, std::string detail, std::string label) {
  fail(ErrorKind::unclosed_shape, at, std::move(detail), std::move(label));
  diagnostics_.back().notes.push_back(Note{backquoted(token_text(open)) + " opened here", host_span(open)});
}

void StatementParser::run() {
  advance();
  if (token_.kind == TokenKind::space_line) {
    while (token_.kind == TokenKind::space_line || token_.kind == TokenKind::newline) advance();
  }
  if (token_.kind != TokenKind::keyword) {
    fail(ErrorKind::missing_keyword, token_, backquoted(trim(token_text(token_))) + " is not `mindmap`",
         "expected `mindmap` followed by a line break");
    return;
  }
  advance();
  if (token_.kind == TokenKind::newline) advance();
  while (true) {
    if (!statement() || !stop()) return;
    first_statement_ = false;
    if (token_.kind == TokenKind::end) break;
  }
  if (tree_.empty()) {
    const ErrorInfo& info = error_info(ErrorKind::no_nodes);
    diagnostics_.push_back(grammar::make_diagnostic(info.code, info.name, Severity::warning,
                                                    std::string(info.message) + " (mermaid draws nothing)",
                                                    host_span(token_), "add a root node"));
  }
}

bool StatementParser::statement() {
  blank_statement_ = false;
  std::optional<Token> indentation;
  if (token_.kind == TokenKind::indentation) {
    indentation = token_;
    advance();
  }
  switch (token_.kind) {
    case TokenKind::node_id:
    case TokenKind::shape_open:
      return node(indentation ? &*indentation : nullptr);
    case TokenKind::icon:
    case TokenKind::css_class:
      if (tree_.empty()) {
        fail(ErrorKind::decoration_before_node, token_, "mermaid fails with \"Cannot set properties of undefined\"",
             "move it under the node it decorates");
        return false;
      }
      decorate(token_);
      advance();
      return true;
    case TokenKind::space_line:
      if (indentation) return true;  // SPACELIST alone; the SPACELINE is the stop
      blank_statement_ = true;
      advance();
      return true;
    case TokenKind::lexical_error:
      fail(ErrorKind::unrecognized_text, token_, backquoted(token_text(token_)),
           "a lone `{` or `}` is not part of any shape; `{{text}}` is the hexagon");
      return false;
    default:
      if (indentation) return true;
      if (first_statement_ && (token_.kind == TokenKind::eof || token_.kind == TokenKind::end)) {
        fail(ErrorKind::no_nodes, token_, "mermaid fails at the end of the text", "add a root node");
      } else {
        fail(ErrorKind::unexpected_token, token_, "expected a node",
             "mermaid expects a node, `::icon(...)` or `:::class` here");
      }
      return false;
  }
}

bool StatementParser::node(const Token* indentation) {
  const Token first = token_;
  MindmapNode result;
  std::string_view id_text;
  if (token_.kind == TokenKind::node_id) {
    id_text = token_text(token_);
    advance();
  }
  Token last = first;
  if (token_.kind == TokenKind::shape_open) {
    const Token open = token_;
    advance();
    if (token_.kind != TokenKind::description) {
      if (token_.kind == TokenKind::shape_close) {
        fail(ErrorKind::empty_shape, open, backquoted(std::string(token_text(open)) + std::string(token_text(token_))),
             "write the node text between the brackets");
      } else {
        fail_unclosed(open, token_, "opened with " + backquoted(token_text(open)),
                      "expected text and " + backquoted(closing_for(token_text(open))));
      }
      return false;
    }
    const Token description = token_;
    advance();
    if (token_.kind != TokenKind::shape_close) {
      if (token_.kind == TokenKind::description) {
        fail(ErrorKind::split_text, token_,
             "a `}` or text after the closing quote splits it, e.g. `[a }b]` or `[\"a\" b]`",
             "quote the whole text: `[\"a }b\"]`");
      } else {
        fail_unclosed(open, token_,
                      "opened with " + backquoted(token_text(open)) + ", the text runs to the end of the diagram",
                      "expected " + backquoted(closing_for(token_text(open))));
      }
      return false;
    }
    const Token close = token_;
    advance();
    result.shape = shape_of(token_text(open), token_text(close));
    result.label.text = std::string(token_text(description));
    if (description.markdown) result.label.format = LabelFormat::markdown;
    result.id = id_text.empty() ? result.label.text : trim(id_text);
    last = close;
  } else {
    result.label.text = trim(id_text);
    result.id = result.label.text;
  }
  const int32_t level = indentation ? characters(token_text(*indentation)) : 0;
  result.indent = static_cast<uint32_t>(level);
  result.span = clean_.original(Span{first.begin, last.end});
  const bool is_root = tree_.empty();
  if (!tree_.add(result, level)) {
    report_second_root(result, indentation);
    return false;
  }
  if (is_root && indentation) root_indentation_ = std::string(token_text(*indentation));
  return true;
}

void StatementParser::report_second_root(const MindmapNode& node, const Token* indentation) {
  const std::string indent = indentation ? std::string(token_text(*indentation)) : std::string();
  const bool tabs = indent.find('\t') != std::string::npos || root_indentation_.find('\t') != std::string::npos;
  const bool spaces = indent.find(' ') != std::string::npos || root_indentation_.find(' ') != std::string::npos;
  std::string why = "no parent could be found for \"" + node.label.text + "\": it is indented " +
                    std::to_string(characters(indent)) + " character(s), no deeper than the root (" +
                    std::to_string(characters(root_indentation_)) + ")";
  if (tabs && spaces) why += "; the indentation mixes tabs and spaces, and mermaid counts a tab as one character";
  const ErrorInfo& info = error_info(ErrorKind::multiple_roots);
  auto d = grammar::make_diagnostic(info.code, info.name, Severity::error, std::string(info.message) + ": " + why,
                                    node.span, "indent this node deeper than the root");
  d.notes.push_back({"the root is here", tree_.root().span});
  diagnostics_.push_back(std::move(d));
}

void StatementParser::decorate(const Token& decoration) {
  MindmapNode& target = tree_.last();
  const std::string value = trim(token_text(decoration));
  if (decoration.kind == TokenKind::icon) {
    target.icon = value;
    return;
  }
  // mermaid stores the class text whole and later writes it into the class attribute.
  target.classes.clear();
  size_t pos = 0;
  while (pos < value.size()) {
    const auto start = value.find_first_not_of(" \t", pos);
    if (start == std::string::npos) break;
    const auto end = std::min(value.find_first_of(" \t", start), value.size());
    target.classes.push_back(value.substr(start, end - start));
    pos = end;
  }
}

bool StatementParser::stop() {
  switch (token_.kind) {
    case TokenKind::newline:
    case TokenKind::eof:
    case TokenKind::space_line:
      advance();
      while (token_.kind == TokenKind::newline || token_.kind == TokenKind::eof) advance();
      return true;
    case TokenKind::lexical_error:
      fail(ErrorKind::unrecognized_text, token_, backquoted(token_text(token_)),
           "a lone `{` or `}` is not part of any shape; `{{text}}` is the hexagon");
      return false;
    case TokenKind::end:
      // Only a lexer state other than INITIAL ends without an EOF token: the
      // text ended inside `::icon(` (the `)` is missing).
      fail(ErrorKind::unexpected_token, previous_, "the text ends inside `::icon(`", "expected `)`");
      return false;
    default:
      if (blank_statement_) {
        // Only reachable right after `mindmap`: elsewhere blank lines are a stop.
        fail(ErrorKind::unexpected_token, token_,
             "mermaid's grammar does not allow a blank line directly after `mindmap`",
             "remove the blank line(s) above");
        return false;
      }
      fail(ErrorKind::text_after_node, token_, backquoted(trim(token_text(token_))),
           "put each node, `::icon(...)` and `:::class` on its own line");
      return false;
  }
}

}  // namespace

bool parse_mindmap(const Source& source, uint32_t body_begin, Mindmap& map,
                   std::vector<Diagnostic>& diagnostics, const Limits& limits) {
  // mermaid removes every directive before its parser runs.
  std::vector<Span> cuts;
  for (auto d = grammar::next_directive(source.text(), body_begin); d; d = grammar::next_directive(source.text(), d->span.end))
    cuts.push_back(d->span);
  const grammar::CleanText clean(source.text(), body_begin, cuts);
  StatementParser parser(clean, map, diagnostics, limits);
  try {
    parser.run();
  } catch (grammar::LimitReached& reached) {
    diagnostics.push_back(std::move(reached.diagnostic));  // its span is already the host's
    return false;
  }
  return true;
}

}  // namespace merrow
