// Turns parsed statements into the Flowchart model, the way flowDb.ts does:
// vertices in order of first appearance, `A & B --> C & D` as the cross
// product of edges, `style` creating the vertex it names, subgraph members
// claimed by the first subgraph to close (inner before outer), and, once the
// text is read, edge ends naming a subgraph turned into subgraph ends.
// It counts nodes, edges, nesting and label bytes as it goes (LimitGuard):
// the statement that crosses a limit throws grammar::LimitReached.
// Pre: commit_*() only with a statement that parsed completely.
// Post: finish() leaves node_by_id/subgraph_by_id consistent with the vectors.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "grammar/common/limit_guard.hpp"
#include "grammar/flowchart/flowchart_errors.hpp"
#include "grammar/flowchart/state.hpp"

namespace merrow::flowchart_grammar {

class ChartBuilder {
 public:
  // `text` is the prepared text all spans point into until remap_spans().
  ChartBuilder(const std::string& text, Flowchart& chart, std::vector<Diagnostic>& diagnostics, const Limits& limits)
      : text_(text), chart_(chart), diagnostics_(diagnostics), limits_(limits),
        max_edges_(read_max_edges(chart.config)) {}

  void commit_vertex_statement(ParseState& st);
  void commit_style(ParseState& st);
  void commit_class_def(ParseState& st);
  void commit_class(ParseState& st);
  void commit_link_style(ParseState& st);
  void commit_click(ParseState& st);
  void open_subgraph(ParseState& st);
  // A subgraph header that failed to parse still opens a block, so its `end`
  // does not cascade into a second error.
  void open_broken_subgraph() { stack_.push_back(Frame{kNoSubgraph, {}}); }
  void close_subgraph(Span span);
  void set_direction(std::string_view value);        // `direction` inside a subgraph
  void set_chart_direction(std::string_view value);  // the header's
  Flowchart& chart() { return chart_; }

  void finish(uint32_t text_end);
  void error(const ErrorEntry& entry, Span span, std::string_view found, std::string_view opener = {});
  // Pre: error() was called; the note goes to that diagnostic.
  void add_note(Note note) { diagnostics_.back().notes.push_back(std::move(note)); }

  bool inside_subgraph() const { return !stack_.empty(); }

 private:
  static constexpr SubgraphIndex kNoSubgraph = ~SubgraphIndex{0};
  struct Frame {
    SubgraphIndex index;
    std::vector<std::string> mentions;  // vertex ids of the body's vertex statements
  };

  static std::size_t read_max_edges(const Config& config);
  NodeIndex ensure_node(const std::string& id, Span span);
  void apply_vertex(PendingVertex& v, bool may_be_edge_data);
  bool apply_shape_data(const PendingVertex& v, Node* node, Edge* edge);
  void add_class(const std::string& id, const std::string& class_name);
  std::vector<StyleDecl> take_decls(ParseState& st);
  void resolve_membership();
  void nest_mentioned_subgraphs();
  void register_subgraph(SubgraphIndex index);
  void name_subgraph(SubgraphIndex index);
  void resolve_subgraph_ends();

  const std::string& text_;
  Flowchart& chart_;
  std::vector<Diagnostic>& diagnostics_;
  grammar::LimitGuard limits_;
  // Nodes as check_limits() counts them: a vertex named like a subgraph
  // becomes that subgraph in finish(), so it is not one.
  uint64_t node_count_ = 0;
  uint64_t open_subgraphs_ = 0;  // real ones on stack_: the nesting depth
  std::vector<Frame> stack_;
  std::vector<Frame> closed_;  // in order of their `end`
  std::unordered_map<std::string, EdgeIndex> edge_by_id_;
  std::unordered_map<std::string, uint32_t> links_between_;  // "from\x1fto" -> edges so far (automatic ids)
  uint32_t subgraphs_closed_ = 0;  // flowDb's subCount
  bool edge_limit_reported_ = false;
  std::size_t max_edges_;
};

}  // namespace merrow::flowchart_grammar
