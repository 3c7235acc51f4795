// parse_flowchart(): reads the header, then one `line` at a time. A must<>
// raise point throws a SyntaxError carrying its error-table entry; the driver
// turns it into one Diagnostic and resumes at the next statement boundary, so
// one run reports every broken statement.
// Pre/Post: see flowchart_parser.hpp (never throws, spans inside the text).
#include "grammar/flowchart/flowchart_parser.hpp"

#include <cctype>
#include <optional>
#include <string>

#include "grammar/flowchart/actions.hpp"
#include "grammar/flowchart/flowchart_errors.hpp"
#include "grammar/flowchart/prepared_text.hpp"

namespace merrow {
namespace flowchart_grammar {
namespace {

struct SyntaxError {
  const ErrorEntry* entry;
  const char* where;
};

template <typename Rule>
struct flow_control : normal<Rule> {
  template <typename Input, typename... States>
  [[noreturn]] static void raise(const Input& in, States&&...) {
    throw SyntaxError{&error_entry<Rule>, in.current()};
  }
};

bool is_keyword_at(std::string_view rest, std::string_view* keyword) {
  static constexpr std::string_view kKeywords[] = {"end",       "subgraph",  "graph",   "flowchart", "style",
                                                   "linkStyle", "classDef",  "class",   "click",     "call",
                                                   "href",      "interpolate", "_self", "_blank",    "_parent",
                                                   "_top"};
  for (std::string_view k : kKeywords)
    if (rest.starts_with(k) && (rest.size() == k.size() || !is_word_char(rest[k.size()]))) {
      *keyword = k;
      return true;
    }
  return false;
}

// "'foo'", "end of line", "end of input", "keyword 'end'".
std::string describe(const char* p, const char* end) {
  if (p >= end) return "end of input";
  if (*p == '\n' || *p == '\r') return "end of line";
  std::string_view rest(p, static_cast<std::size_t>(end - p));
  std::string_view keyword;
  if (is_keyword_at(rest, &keyword)) return "keyword '" + std::string(keyword) + "'";
  std::size_t n = 0;
  while (n < rest.size() && n < 24 && !is_js_space(rest[n]) && (n == 0 || is_word_char(rest[n]) == is_word_char(rest[0])))
    ++n;
  if (n == 0) n = 1;
  std::string token(rest.substr(0, n));
  for (char& c : token)
    if (static_cast<unsigned char>(c) < 0x20) c = '?';
  return "'" + token + "'";
}

// `subgraph`, or a word of 7-9 letters starting `subg` in any case.
bool looks_like_subgraph(std::string_view statement) {
  if (statement.starts_with("subgraph")) return true;
  std::size_t n = 0;
  while (n < statement.size() && std::isalpha(static_cast<unsigned char>(statement[n])) != 0) ++n;
  if (n < 7 || n > 9 || n == statement.size() || statement[n] != ' ') return false;
  std::string word(statement.substr(0, 4));
  for (char& c : word) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return word == "subg";
}

const char* next_statement(const char* from, const char* end) {
  while (from < end && *from != '\n' && *from != ';') ++from;
  return from < end ? from + 1 : end;
}

class Driver {
 public:
  Driver(const std::string& text, Flowchart& chart, std::vector<Diagnostic>& diagnostics, const Limits& limits)
      : text_(text), builder_(text, chart, diagnostics, limits) {
    // About one node and one edge per 40 bytes in real charts: reserving
    // avoids moving the (large) Node records again and again. Never more
    // than the limits let the model hold.
    const grammar::LimitGuard guard(limits);
    const std::size_t expected = std::min<std::size_t>(text.size() / 40, 1u << 20);
    chart.nodes.reserve(guard.at_most(LimitKind::nodes, expected));
    chart.edges.reserve(guard.at_most(LimitKind::edges, expected));
    chart.node_by_id.reserve(guard.at_most(LimitKind::nodes, expected));
    state_.base = text_.data();
    state_.builder = &builder_;
  }

  void run() {
    const char* p = text_.data();
    const char* end = text_.data() + text_.size();
    p = parse_one<header>(p, end);
    while (p < end) p = parse_one<line>(p, end);
    builder_.finish(static_cast<uint32_t>(text_.size()));
  }

 private:
  template <typename Rule>
  const char* parse_one(const char* p, const char* end) {
    state_.reset_statement();
    memory_input<tracking_mode::lazy, eol::lf_crlf> in(p, end, "");
    try {
      if (parse<Rule, flow_action, flow_control>(in, state_) && in.current() > p) return in.current();
      report(error_entry<statement_expected>, p, p, end);
    } catch (const SyntaxError& e) {
      report(*e.entry, p, e.where, end);
      // A broken `subgraph` header still opens a block for its `end`; so does
      // a misspelt one (`Subgraph`, `subgrapg`), or its `end` would be a
      // second, knock-on error.
      if (looks_like_subgraph(std::string_view(p, static_cast<std::size_t>(end - p)))) builder_.open_broken_subgraph();
      // Resume after the statement holding the error. An error found lines
      // later (an unclosed label or string) skips what the open construct
      // swallowed: mermaid reads those lines as its text, so errors found in
      // them would only be guesses, and they would come before the real one.
      return next_statement(std::max(e.where, p), end);
    }
    return next_statement(p, end);
  }

  void report(const ErrorEntry& entry, const char* statement, const char* where, const char* end) {
    const bool unclosed = entry.name == "unclosed-bracket" || entry.name == "unclosed-edge-label" ||
                          entry.name == "unclosed-string" || entry.name == "unclosed-pipe";
    std::string found = describe(where, end);
    const ErrorEntry* chosen = &entry;
    if ((entry.code == "M105" || entry.code == "M111") && found.starts_with("keyword")) {
      chosen = &kKeywordAsId;
      found = found.substr(8);
    }
    // The error stands where reading stopped, as in mermaid's parser (which
    // names that line, often the end of the input); the opener that is
    // missing its pair becomes a note, so a reader still finds the bracket.
    Span span{state_.offset(where), state_.offset(where) + 1};
    std::optional<Note> opened_here;
    if (unclosed && state_.opener_span.end > state_.opener_span.begin &&
        state_.opener_span.begin >= state_.offset(statement)) {
      opened_here = Note{"'" + state_.opener + "' opened here", state_.opener_span};
    }
    builder_.error(*chosen, span, found, state_.opener);
    if (opened_here) builder_.add_note(std::move(*opened_here));
  }

  const std::string& text_;
  ChartBuilder builder_;
  ParseState state_;
};

}  // namespace
}  // namespace flowchart_grammar

bool parse_flowchart(const Source& source, uint32_t body_begin, Flowchart& chart,
                     std::vector<Diagnostic>& diagnostics, const Limits& limits) {
  const std::size_t first_diagnostic = diagnostics.size();
  try {
    const flowchart_grammar::PreparedText text(source, body_begin);
    try {
      flowchart_grammar::Driver driver(text.text(), chart, diagnostics, limits);
      driver.run();
    } catch (grammar::LimitReached& reached) {
      diagnostics.push_back(std::move(reached.diagnostic));
      flowchart_grammar::remap_spans(text, diagnostics, first_diagnostic);
      return false;
    }
    flowchart_grammar::remap_spans(text, chart, diagnostics, first_diagnostic);
  } catch (const std::exception& e) {
    Diagnostic d;
    d.code = "M149";
    d.name = "internal-error";
    d.message = std::string("the flowchart parser failed: ") + e.what();
    d.span = Span{body_begin, body_begin};
    diagnostics.push_back(std::move(d));
  }
  return true;
}

}  // namespace merrow
