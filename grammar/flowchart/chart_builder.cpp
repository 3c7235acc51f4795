// See chart_builder.hpp. Statement commits follow flowDb.ts call by call.
#include "grammar/flowchart/chart_builder.hpp"

#include <algorithm>
#include <charconv>
#include <unordered_set>

#include "grammar/flowchart/shape_data.hpp"

namespace merrow::flowchart_grammar {
namespace {

std::vector<std::string> split_commas(std::string_view s) {
  std::vector<std::string> out;
  std::size_t start = 0;
  for (std::size_t i = 0; i <= s.size(); ++i) {
    if (i == s.size() || s[i] == ',') {
      out.emplace_back(s.substr(start, i - start));
      start = i + 1;
    }
  }
  return out;
}

std::string trim_copy(std::string_view s) {
  while (!s.empty() && is_js_space(s.front())) s.remove_prefix(1);
  while (!s.empty() && is_js_space(s.back())) s.remove_suffix(1);
  return std::string(s);
}

std::string fill(std::string_view pattern, std::string_view found, std::string_view opener) {
  std::string out;
  for (std::size_t i = 0; i < pattern.size();) {
    if (pattern.substr(i, 7) == "{found}") {
      out += found;
      i += 7;
    } else if (pattern.substr(i, 6) == "{open}") {
      out += opener;
      i += 6;
    } else {
      out += pattern[i++];
    }
  }
  return out;
}

}  // namespace

void ChartBuilder::error(const ErrorEntry& entry, Span span, std::string_view found, std::string_view opener) {
  Diagnostic d;
  d.code = std::string(entry.code);
  d.name = std::string(entry.name);
  d.severity = Severity::error;
  d.message = fill(entry.message, found, opener);
  d.label = fill(entry.label, found, opener);
  const auto size = static_cast<uint32_t>(text_.size());
  span.begin = std::min(span.begin, size);
  span.end = std::clamp(span.end, span.begin, size);
  d.span = span;
  diagnostics_.push_back(std::move(d));
}

NodeIndex ChartBuilder::ensure_node(const std::string& id, Span span) {
  auto [it, inserted] = chart_.node_by_id.try_emplace(id, static_cast<NodeIndex>(chart_.nodes.size()));
  if (inserted) {
    if (!chart_.subgraph_by_id.contains(id)) limits_.count(LimitKind::nodes, ++node_count_, span);
    limits_.size(LimitKind::label_bytes, id.size(), span);  // the id is its label until one is written
    Node node;
    node.id = id;
    node.label = Label{id, LabelFormat::plain};
    node.span = span;
    chart_.nodes.push_back(std::move(node));
  }
  return it->second;
}

void ChartBuilder::apply_vertex(PendingVertex& v, bool may_be_edge_data) {
  // `e1@{ animate: true }` names an edge: flowDb.addVertex hands the data to it.
  if (v.shape_data && may_be_edge_data) {
    auto edge = edge_by_id_.find(v.id);
    if (edge != edge_by_id_.end() && !chart_.node_by_id.contains(v.id)) {
      apply_shape_data(v, nullptr, &chart_.edges[edge->second]);
      return;
    }
  }
  if (v.has_label) limits_.size(LimitKind::label_bytes, v.label.text.size(), v.span);
  v.index = ensure_node(v.id, v.span);
  Node& node = chart_.nodes[v.index];
  node.declared = true;
  if (v.has_label) {
    node.label = v.label;
    node.has_label = true;
    chart_.label_writes.push_back({v.id, v.label, v.span});
  }
  if (v.shape) node.shape = *v.shape;
  for (const auto& c : v.classes) node.classes.push_back(c);
  if (v.shape_data) apply_shape_data(v, &node, nullptr);
}

bool ChartBuilder::apply_shape_data(const PendingVertex& v, Node* node, Edge* edge) {
  ShapeDataResult data = parse_shape_data(*v.shape_data);
  if (!data.error.empty()) {
    error(kBadShapeData, v.shape_data_span, data.error);
    return false;
  }
  for (const auto& [key, value] : data.entries) {
    if (edge) {
      if (key == "animate") edge->animate = value == "true";
      else if (key == "animation") edge->animation = value;
      else if (key == "curve") edge->curve = value;
      else if (key == "label") {
        limits_.size(LimitKind::label_bytes, value.size(), edge->span);
        edge->label = Label{value, LabelFormat::plain};
        edge->has_label = true;
      }
      continue;
    }
    if (key == "shape") {
      if (value.empty()) continue;  // `shape: &anchor` or `shape:` is null in YAML: no shape
      // flowDb rejects names that are not lower case or hold '_' before the lookup.
      const bool canonical_case = std::none_of(value.begin(), value.end(),
                                               [](char c) { return (c >= 'A' && c <= 'Z') || c == '_'; });
      const auto shape = canonical_case ? shape_from_name(value) : std::nullopt;
      if (!shape) {
        error(kUnknownShape, v.shape_data_span, "'" + value + "'");
        continue;
      }
      node->shape = *shape;
    } else if (key == "label") {
      limits_.size(LimitKind::label_bytes, value.size(), v.span);
      node->label = Label{value, LabelFormat::plain};
      node->has_label = true;
      chart_.label_writes.push_back({v.id, node->label, v.span});
    } else if (key == "icon") {
      node->icon = value;
      node->shape = Shape::icon;
    } else if (key == "img") {
      node->img = value;
      node->shape = Shape::image;
    } else if (key == "form") {
      node->form = value;
    } else if (key == "pos") {
      node->label_pos = value;
    } else if (key == "constraint") {
      node->constraint = value;
    } else if (key == "w" || key == "h") {
      double number = 0;
      auto [ptr, ec] = std::from_chars(value.data(), value.data() + value.size(), number);
      if (ec == std::errc() && ptr == value.data() + value.size()) (key == "w" ? node->width : node->height) = number;
    }
  }
  return true;
}

void ChartBuilder::commit_vertex_statement(ParseState& st) {
  const bool lone_vertex = st.links.empty();
  for (auto& group : st.groups)
    for (auto& v : group) {
      apply_vertex(v, lone_vertex);
      if (!stack_.empty()) stack_.back().mentions.push_back(v.id);
    }
  // addLink(start[], end[]): every start to every end, in source order.
  for (std::size_t i = 0; i < st.links.size() && i + 1 < st.groups.size(); ++i) {
    const PendingLink& link = st.links[i];
    limits_.size(LimitKind::label_bytes, link.label.text.size(), link.span);
    for (const auto& from : st.groups[i])
      for (const auto& to : st.groups[i + 1]) {
        Edge edge;
        edge.from = EdgeEnd{EdgeEnd::Kind::node, from.index};
        edge.to = EdgeEnd{EdgeEnd::Kind::node, to.index};
        edge.stroke = link.stroke;
        edge.head_start = link.head_start;
        edge.head_end = link.head_end;
        edge.length = link.length;
        edge.label = link.label;
        edge.has_label = link.has_label;
        edge.id = link.id;
        edge.span = link.span;
        // flowDb.addSingleLink throws once maxEdges (default 500) links exist.
        if (chart_.edges.size() == max_edges_) {
          if (!edge_limit_reported_) error(kTooManyEdges, link.span, std::to_string(max_edges_));
          edge_limit_reported_ = true;
        }
        limits_.count(LimitKind::edges, chart_.edges.size() + 1, link.span);
        if (link.id) edge_by_id_.try_emplace(*link.id, static_cast<EdgeIndex>(chart_.edges.size()));
        // flowDb names the others L_from_to_N (N: 0 for the first such edge,
        // then the count so far + 1), and `L_A_B_0@{ ... }` gives that edge data.
        uint32_t& earlier = links_between_[chart_.nodes[from.index].id + '\x1f' + chart_.nodes[to.index].id];
        if (!link.id) {
          const uint32_t counter = earlier == 0 ? 0 : earlier + 1;
          edge_by_id_.try_emplace("L_" + chart_.nodes[from.index].id + "_" + chart_.nodes[to.index].id + "_" +
                                      std::to_string(counter),
                                  static_cast<EdgeIndex>(chart_.edges.size()));
        }
        ++earlier;
        chart_.edges.push_back(std::move(edge));
      }
  }
}

std::size_t ChartBuilder::read_max_edges(const Config&) {
  // maxEdges is one of mermaid's `secure` keys: %%{init}%% and front matter
  // cannot change it (checked with mermaid-ref: both still fail past 500);
  // only the site's config can, which the CLI applies after parsing
  // (model/limits.hpp accept_past_mermaid_edge_limit).
  return kMermaidMaxEdges;
}

std::vector<StyleDecl> ChartBuilder::take_decls(ParseState& st) {
  std::vector<StyleDecl> decls;
  for (const auto& [entry, span] : st.style_entries) {
    const std::size_t colon = entry.find(':');
    StyleDecl decl;
    decl.property = trim_copy(std::string_view(entry).substr(0, colon));
    decl.value = colon == std::string::npos ? std::string() : trim_copy(std::string_view(entry).substr(colon + 1));
    decl.span = span;
    if (!decl.property.empty()) decls.push_back(std::move(decl));
  }
  return decls;
}

void ChartBuilder::commit_style(ParseState& st) {
  StyleStatement statement{st.style_target, take_decls(st), st.statement_span};
  statement.span.end = statement.decls.empty() ? st.style_target_span.end : statement.decls.back().span.end;
  // flowDb.addVertex(id, undefined, undefined, styles): `style` creates the vertex.
  Node& node = chart_.nodes[ensure_node(st.style_target, st.style_target_span)];
  node.style.insert(node.style.end(), statement.decls.begin(), statement.decls.end());
  chart_.style_statements.push_back(std::move(statement));
}

void ChartBuilder::commit_class_def(ParseState& st) {
  const std::vector<StyleDecl> decls = take_decls(st);
  for (auto& name : split_commas(st.class_names))
    chart_.class_defs.push_back(ClassDef{trim_copy(name), decls, st.statement_span});
}

void ChartBuilder::add_class(const std::string& id, const std::string& class_name) {
  // flowDb.setClass: only what exists at this point gets the class.
  if (auto n = chart_.node_by_id.find(id); n != chart_.node_by_id.end())
    chart_.nodes[n->second].classes.push_back(class_name);
  if (auto e = edge_by_id_.find(id); e != edge_by_id_.end()) chart_.edges[e->second].classes.push_back(class_name);
  if (auto s = chart_.subgraph_by_id.find(id); s != chart_.subgraph_by_id.end())
    chart_.subgraphs[s->second].classes.push_back(class_name);
}

void ChartBuilder::commit_class(ParseState& st) {
  ClassStatement statement;
  for (auto& id : split_commas(st.class_targets)) statement.targets.push_back(trim_copy(id));
  statement.class_name = st.class_names;
  statement.span = st.statement_span;
  for (const auto& id : statement.targets) add_class(id, statement.class_name);
  chart_.class_statements.push_back(std::move(statement));
}

void ChartBuilder::commit_link_style(ParseState& st) {
  LinkStyle style;
  style.is_default = st.link_style_default;
  style.decls = take_decls(st);
  style.interpolate = st.interpolate;
  style.span = st.statement_span;
  for (const auto& text : st.list) {
    uint32_t index = 0;
    std::from_chars(text.data(), text.data() + text.size(), index);
    // flowDb.updateLink throws for an index past the links defined so far.
    if (index >= chart_.edges.size()) {
      error(kLinkStyleRange, st.statement_span, text);
      continue;
    }
    style.indices.push_back(index);
  }
  chart_.link_styles.push_back(std::move(style));
}

void ChartBuilder::commit_click(ParseState& st) {
  Click click = st.click.click;
  click.span = st.statement_span;
  chart_.clicks.push_back(std::move(click));
}

void ChartBuilder::open_subgraph(ParseState& st) {
  Subgraph sub;
  // flowDb.addSubGraph: `subgraph id[title]` has both; a lone title holding
  // whitespace gets a generated id (`subGraph0`), a lone word is id and title.
  std::string id;
  Label title;
  if (st.subgraph_named) {
    id = trim_copy(st.subgraph_title.text);
    title = st.subgraph_has_label ? st.subgraph_label : st.subgraph_title;
    const bool has_space = std::any_of(id.begin(), id.end(), [](char c) { return is_js_space(c); });
    if (!st.subgraph_has_label && has_space) id.clear();
  }
  // An untitled subgraph is named when it closes (see name_subgraph).
  if (title.text.empty() && !st.subgraph_named) title = Label{"", LabelFormat::plain};
  sub.id = id;
  sub.title = title;
  sub.span = st.subgraph_title_span;
  limits_.size(LimitKind::label_bytes, sub.title.text.size(), sub.span);
  limits_.count(LimitKind::nesting, open_subgraphs_ + 1, sub.span);
  const auto index = static_cast<SubgraphIndex>(chart_.subgraphs.size());
  for (auto it = stack_.rbegin(); it != stack_.rend(); ++it)
    if (it->index != kNoSubgraph) {
      sub.parent = it->index;
      chart_.subgraphs[it->index].children.push_back(index);
      break;
    }
  chart_.subgraphs.push_back(std::move(sub));
  if (!id.empty()) register_subgraph(index);
  stack_.push_back(Frame{index, {}});
  ++open_subgraphs_;
}

void ChartBuilder::register_subgraph(SubgraphIndex index) {
  const std::string& id = chart_.subgraphs[index].id;
  if (chart_.subgraph_by_id.try_emplace(id, index).second && chart_.node_by_id.contains(id)) --node_count_;
}

void ChartBuilder::name_subgraph(SubgraphIndex index) {
  // flowDb.addSubGraph runs at `end` and counts every subgraph (named or not),
  // so inner subgraphs are numbered before the one around them.
  if (chart_.subgraphs[index].id.empty()) {
    chart_.subgraphs[index].id = "subGraph" + std::to_string(subgraphs_closed_);
    register_subgraph(index);
  }
  ++subgraphs_closed_;
}

void ChartBuilder::close_subgraph(Span span) {
  if (stack_.empty()) {
    error(kUnexpectedEnd, span, "end");
    return;
  }
  if (stack_.back().index != kNoSubgraph) {
    name_subgraph(stack_.back().index);
    closed_.push_back(std::move(stack_.back()));
    --open_subgraphs_;
  }
  stack_.pop_back();
}

namespace {
std::optional<Direction> direction_from(std::string_view value) {
  if (value == "TB" || value == "TD" || value == "v") return Direction::TB;
  if (value == "BT" || value == "^") return Direction::BT;
  if (value == "LR" || value == ">") return Direction::LR;
  if (value == "RL" || value == "<") return Direction::RL;
  return std::nullopt;
}
}  // namespace

void ChartBuilder::set_direction(std::string_view value) {
  // At the top level mermaid ignores `direction` (only subgraphs read it).
  for (auto it = stack_.rbegin(); it != stack_.rend(); ++it)
    if (it->index != kNoSubgraph) {
      chart_.subgraphs[it->index].direction = direction_from(value);
      return;
    }
}

void ChartBuilder::set_chart_direction(std::string_view value) {
  if (auto d = direction_from(value)) {
    chart_.direction = *d;
    chart_.has_direction = true;
  }
}

void ChartBuilder::nest_mentioned_subgraphs() {
  // flowDb: a subgraph's `end` hands its parent the subgraph's id as one more
  // statement, and makeUniq gives every id (a subgraph's too) to the first
  // subgraph to close that mentions it. So `subgraph B; A; end` nests an
  // earlier (or later) subgraph A into B, as a mention in an edge does.
  // Two subgraphs of one id are one cluster (flowDb keeps both, but the
  // renderer's graph has one node per id, the first subgraph's): members of
  // both, the first's title, direction and style (mermaid-ref: rw-110's two
  // `subgraph &nbsp;`). A later one folds into the first here.
  const auto count = static_cast<SubgraphIndex>(chart_.subgraphs.size());
  std::vector<SubgraphIndex> same(count);  // the subgraph each one is
  bool merged = false;
  for (SubgraphIndex s = 0; s < count; ++s) {
    const auto it = chart_.subgraph_by_id.find(chart_.subgraphs[s].id);
    same[s] = it == chart_.subgraph_by_id.end() ? s : it->second;
    if (same[s] != s) {
      merged = true;
      Subgraph& first = chart_.subgraphs[same[s]];
      if (!first.direction) first.direction = chart_.subgraphs[s].direction;
    }
  }
  std::vector<uint32_t> close_rank(count, UINT32_MAX);
  for (uint32_t i = 0; i < closed_.size(); ++i) {
    close_rank[closed_[i].index] = std::min(close_rank[closed_[i].index], i);
    close_rank[same[closed_[i].index]] = std::min(close_rank[same[closed_[i].index]], i);
  }
  std::vector<std::optional<SubgraphIndex>> claimer(count);
  // A parent that is (or holds, through the merge) the subgraph itself would
  // make a cycle (mermaid would loop): such a claim is skipped.
  auto holds = [&](SubgraphIndex from, SubgraphIndex s) {
    for (auto up = std::optional<SubgraphIndex>(from); up; up = claimer[*up])
      if (*up == s) return true;
    return false;
  };
  for (SubgraphIndex s = 0; s < count; ++s) {  // the first parent any of one id's subgraphs has
    const auto& parent = chart_.subgraphs[s].parent;
    const SubgraphIndex t = same[s];
    if (parent && !claimer[t] && !holds(same[*parent], t)) claimer[t] = same[*parent];
  }
  bool moved = merged;
  for (const Frame& frame : closed_) {
    const SubgraphIndex holder = same[frame.index];
    for (const auto& id : frame.mentions) {
      auto it = chart_.subgraph_by_id.find(id);
      if (it == chart_.subgraph_by_id.end()) continue;
      const SubgraphIndex s = it->second;
      const auto current = claimer[s];
      if (s == holder || (current && close_rank[*current] <= close_rank[holder])) continue;
      if (holds(holder, s)) continue;
      claimer[s] = holder;
      moved = true;
    }
  }
  if (!moved) return;
  // Renumber parents before children (pre-order, original order among
  // siblings), the order the layout relies on; unchanged when nothing moved.
  std::vector<std::vector<SubgraphIndex>> kids(count);
  std::vector<SubgraphIndex> roots;
  for (SubgraphIndex s = 0; s < count; ++s) {
    if (same[s] == s) (claimer[s] ? kids[*claimer[s]] : roots).push_back(s);
  }
  std::vector<SubgraphIndex> order, todo(roots.rbegin(), roots.rend());
  while (!todo.empty()) {
    const SubgraphIndex s = todo.back();
    todo.pop_back();
    order.push_back(s);
    todo.insert(todo.end(), kids[s].rbegin(), kids[s].rend());
  }
  std::vector<SubgraphIndex> renumber(count);
  for (SubgraphIndex i = 0; i < order.size(); ++i) renumber[order[i]] = i;
  for (SubgraphIndex s = 0; s < count; ++s) renumber[s] = renumber[same[s]];
  std::vector<Subgraph> sorted;
  for (SubgraphIndex old : order) {
    Subgraph sub = std::move(chart_.subgraphs[old]);
    sub.parent = claimer[old] ? std::optional<SubgraphIndex>(renumber[*claimer[old]]) : std::nullopt;
    sub.children.clear();
    for (SubgraphIndex k : kids[old]) sub.children.push_back(renumber[k]);
    sorted.push_back(std::move(sub));
  }
  chart_.subgraphs = std::move(sorted);
  for (auto& [id, index] : chart_.subgraph_by_id) index = renumber[index];
  for (Frame& frame : closed_) frame.index = renumber[frame.index];
}

void ChartBuilder::resolve_membership() {
  nest_mentioned_subgraphs();
  // flowDb.makeUniq: a vertex belongs to the first subgraph to close that
  // mentions it, so inner subgraphs claim before outer ones.
  for (const Frame& frame : closed_) {
    Subgraph& sub = chart_.subgraphs[frame.index];
    std::unordered_set<std::string_view> seen;
    for (const auto& id : frame.mentions) {
      if (!seen.insert(id).second || chart_.subgraph_by_id.contains(id)) continue;
      auto n = chart_.node_by_id.find(id);
      if (n == chart_.node_by_id.end() || chart_.nodes[n->second].parent) continue;
      chart_.nodes[n->second].parent = frame.index;
      sub.nodes.push_back(n->second);
    }
  }
}

void ChartBuilder::resolve_subgraph_ends() {
  // A vertex whose id names a subgraph is that subgraph: edges attach to the
  // cluster and the vertex itself disappears (its style and classes move over).
  const bool any = std::any_of(chart_.nodes.begin(), chart_.nodes.end(),
                               [&](const Node& n) { return chart_.subgraph_by_id.contains(n.id); });
  if (!any) return;
  std::vector<NodeIndex> remap(chart_.nodes.size());
  std::vector<Node> kept;
  std::vector<std::optional<SubgraphIndex>> as_subgraph(chart_.nodes.size());
  for (NodeIndex i = 0; i < chart_.nodes.size(); ++i) {
    Node& node = chart_.nodes[i];
    if (auto s = chart_.subgraph_by_id.find(node.id); s != chart_.subgraph_by_id.end()) {
      as_subgraph[i] = s->second;
      Subgraph& sub = chart_.subgraphs[s->second];
      sub.style.insert(sub.style.end(), node.style.begin(), node.style.end());
      sub.classes.insert(sub.classes.end(), node.classes.begin(), node.classes.end());
      continue;
    }
    remap[i] = static_cast<NodeIndex>(kept.size());
    kept.push_back(std::move(node));
  }
  auto fix = [&](EdgeEnd& end) {
    if (end.kind != EdgeEnd::Kind::node) return;
    if (as_subgraph[end.index])
      end = EdgeEnd{EdgeEnd::Kind::subgraph, *as_subgraph[end.index]};
    else
      end.index = remap[end.index];
  };
  for (Edge& edge : chart_.edges) {
    fix(edge.from);
    fix(edge.to);
  }
  for (Subgraph& sub : chart_.subgraphs) {
    std::vector<NodeIndex> members;
    for (NodeIndex n : sub.nodes)
      if (!as_subgraph[n]) members.push_back(remap[n]);
    sub.nodes = std::move(members);
  }
  chart_.nodes = std::move(kept);
  chart_.node_by_id.clear();
  for (NodeIndex i = 0; i < chart_.nodes.size(); ++i) chart_.node_by_id.emplace(chart_.nodes[i].id, i);
}

void ChartBuilder::finish(uint32_t text_end) {
  // The missing `end` is missed at the end of the input (where mermaid
  // reports it too); the note points at the subgraph it would close.
  for (const Frame& frame : stack_)
    if (frame.index != kNoSubgraph) {
      error(kUnclosedSubgraph, Span{text_end, text_end}, "");
      add_note(Note{"the subgraph opened here", chart_.subgraphs[frame.index].span});
    }
  // Unclosed subgraphs still own what they mention, so the model stays usable.
  while (!stack_.empty()) {
    if (stack_.back().index != kNoSubgraph) {
      name_subgraph(stack_.back().index);
      closed_.push_back(std::move(stack_.back()));
    }
    stack_.pop_back();
  }
  resolve_membership();
  resolve_subgraph_ends();
  // An edge's declarations in mermaid's order: every `linkStyle default`,
  // then those naming its index (so an index beats a default, whatever the order).
  for (const LinkStyle& style : chart_.link_styles)
    if (style.is_default)
      for (Edge& edge : chart_.edges) edge.style.insert(edge.style.end(), style.decls.begin(), style.decls.end());
  for (const LinkStyle& style : chart_.link_styles) {
    if (!style.is_default)
      for (uint32_t i : style.indices)
        chart_.edges[i].style.insert(chart_.edges[i].style.end(), style.decls.begin(), style.decls.end());
    if (style.interpolate) {
      if (style.is_default)
        for (Edge& edge : chart_.edges) edge.curve = style.interpolate;
      for (uint32_t i : style.indices) chart_.edges[i].curve = style.interpolate;
    }
  }
  for (const Click& click : chart_.clicks) {
    auto n = chart_.node_by_id.find(click.target);
    if (n == chart_.node_by_id.end()) continue;
    Node& node = chart_.nodes[n->second];
    if (click.kind == Click::Kind::href) node.link = click.href;
    if (!click.tooltip.empty()) node.tooltip = click.tooltip;
  }
}

}  // namespace merrow::flowchart_grammar
