// What the grammar's actions write while a statement is parsed: a pending
// statement (vertex groups, links, the last label) that the driver commits to
// the Flowchart only when the whole statement parsed (statement_builder.cpp),
// plus the lexer look-ahead caches the state-aware tokens use.
// Pre: reset_statement() before each statement. Post: nothing here outlives
// one parse_flowchart() call.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "grammar/flowchart/scanners.hpp"
#include "model/diagnostic.hpp"
#include "model/flowchart.hpp"

namespace merrow::flowchart_grammar {

class ChartBuilder;

// Answers for LINK_ID and the direction rule, cached per whitespace-free run
// and per line so that checking them at every token start stays linear.
class LexCache {
 public:
  std::size_t link_id_length(const char* p, const char* end);
  std::size_t direction_length(const char* p, const char* end, const char** value);

 private:
  const char* run_begin_ = nullptr;
  const char* run_end_ = nullptr;
  const char* run_last_at_ = nullptr;  // last '@' of the run that LINK_ID accepts, or nullptr
  const char* dir_line_end_ = nullptr;  // [dir_checked_from_, dir_line_end_) holds no "direction"
  const char* dir_checked_from_ = nullptr;
};

struct PendingVertex {
  std::string id;
  NodeIndex index = 0;  // set when committed
  Span span;
  std::optional<Shape> shape;
  Label label;
  bool has_label = false;
  std::vector<std::string> classes;
  std::optional<std::string> shape_data;
  Span shape_data_span;
};

struct PendingLink {
  Stroke stroke = Stroke::normal;
  Head head_start = Head::none;
  Head head_end = Head::arrow;
  uint32_t length = 1;
  Label label;
  bool has_label = false;
  std::optional<std::string> id;
  Span span;
};

struct PendingClick {
  Click click;
  bool has_tooltip = false;
};

struct ParseState {
  const char* base = nullptr;  // start of Source::text()
  ChartBuilder* builder = nullptr;
  LexCache lex;
  const char* direction_value = nullptr;

  // ---- the statement being parsed -------------------------------------------------
  std::vector<std::vector<PendingVertex>> groups;
  std::vector<PendingLink> links;
  PendingLink link;            // the link being read
  std::string link_start;      // opening half of a labelled link (`<--`, `==`, `-.`)
  Label text;                  // the last label read
  Span text_span;
  std::string opener;          // the last bracket opener, for "never closed" messages
  Span opener_span;
  std::string id_text;         // the last id_string-like rule matched
  Span id_span;
  std::vector<std::string> list;  // linkStyle indices
  std::vector<std::pair<std::string, Span>> style_entries;  // `fill:#f9f` as written
  std::optional<std::string> interpolate;
  bool link_style_default = false;
  std::string style_target, class_targets, class_names;
  Span style_target_span;
  PendingClick click;
  Label subgraph_title, subgraph_label;
  Span subgraph_title_span;
  bool subgraph_named = false, subgraph_has_label = false, subgraph_title_quoted = false;
  std::string acc_text;
  Span statement_span;

  void reset_statement() {
    groups.clear();
    links.clear();
    link = {};
    list.clear();
    style_entries.clear();
    interpolate.reset();
    link_style_default = false;
    click = {};
  }
  uint32_t offset(const char* p) const { return static_cast<uint32_t>(p - base); }
};

}  // namespace merrow::flowchart_grammar
