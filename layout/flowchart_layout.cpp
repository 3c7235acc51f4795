// layout_flowchart(): the flowchart front end of the layered engine.
// Sizes every node from its label (mermaid's per-shape formulas), lays out
// each scope (the diagram, and every subgraph mermaid lays out as a graph of
// its own, innermost first) with layered::layout, nests the scopes, then
// clips each edge at its ends' real outlines (node shapes, or the cluster
// border for edges to a subgraph) and smooths it with the configured curve.
#include <algorithm>

#include "layout/flowchart_scopes.hpp"
#include "layout/layout.hpp"
#include "layout/node_size.hpp"
#include "layout/shape_outline.hpp"
#include "layout/text/label_font.hpp"
#include "layout/text/svg_text_block.hpp"

namespace merrow {

namespace {

using layered::npos;

// mermaid's margins around a subgraph laid out as its own graph
// (11.17: 50 px left and right, 35 px above and below the inner drawing).
constexpr double own_graph_margin_x = 50;
constexpr double own_graph_margin_y = 35;
// mermaid's padding of an empty subgraph drawn as a node (flowDb gives
// subgraphs padding 8; the rect shape pads 2p across, p down).
constexpr double empty_subgraph_padding = 8;

struct Texts {
  std::vector<TextBlock> nodes, edges, titles;
};

// A subgraph laid out on its own keeps one title line in its margin; a
// wrapped title's further lines get room of their own above the content.
double extra_title_lines(const TextBlock& title) {
  return std::max(0.0, title.height - title.line_height);
}

Texts lay_out_texts(const Flowchart& chart, const TextMeasurer& measurer) {
  const FontSpec font{chart.config.font_family, chart.config.font_size, false, false};
  // mermaid wraps node labels at flowchart.wrappingWidth and edge labels at
  // createText's own 200 px; subgraph titles go through its old createLabel,
  // which never wraps (mermaid-ref: a 520 px title stays one line).
  const double node_wrap = chart.config.flowchart.wrapping_width;
  constexpr double edge_wrap = 200;
  Texts texts;
  // Each label in the font its styles give it (classDef/style/linkStyle
  // font-size, -weight, -style, -family), as mermaid measures the styled label.
  // `htmlLabels: false`: SVG <text> labels, sized as mermaid sizes those (an
  // edge label's background pads it by 2 px); subgraph titles keep their
  // html size, which is what mermaid's clusters measure either way.
  const bool html_nodes = html_node_labels(chart.config), html_edges = html_edge_labels(chart.config);
  for (const Node& node : chart.nodes) {
    const RichText text = decode_label(node.label);
    const FontSpec styled = with_label_style(font, node_label_style(chart, node));
    texts.nodes.push_back(!shape_shows_label(node.shape) || is_blank(text) ? TextBlock{}
                          : html_nodes ? layout_text(text, styled, measurer, node_wrap)
                                       : layout_svg_text(text, styled, measurer, node_wrap, 0));
  }
  for (EdgeIndex i = 0; i < chart.edges.size(); ++i) {
    const Edge& edge = chart.edges[i];
    const FontSpec styled = with_label_style(font, edge_label_style(chart, i));
    texts.edges.push_back(!edge.has_label ? TextBlock{}
                          : html_edges ? layout_text(decode_label(edge.label), styled, measurer, edge_wrap)
                                       : layout_svg_text(decode_label(edge.label), styled, measurer, edge_wrap, 2));
  }
  for (const Subgraph& subgraph : chart.subgraphs) {
    texts.titles.push_back(layout_text(decode_label(subgraph.title),
                                       with_label_style(font, subgraph_label_style(chart, subgraph)), measurer, 0));
  }
  return texts;
}

// Where each model element went: every node and subgraph is laid out in
// exactly one scope, so one shared table serves all scopes.
struct Placement {
  std::vector<uint32_t> input_node;   // per node: index in its scope's input
  std::vector<uint32_t> box_node;     // per own-graph subgraph: its box node in the outer scope
  std::vector<uint32_t> cluster;      // per other subgraph: cluster index in its scope's input
  std::vector<uint32_t> placeholder;  // per empty subgraph: the node it is drawn as
};

struct Scope {
  uint32_t owner = root_scope;  // the subgraph, or root_scope
  std::vector<uint32_t> nodes, subgraphs, edges;  // model elements laid out here
  layered::Input input;         // input edge i is model edge edges[i]
  layered::Output out;
  Point size;    // as a node in the outer scope
  Point offset;  // of out's origin in the drawing
};

Direction scope_direction(const Flowchart& chart, const Scopes& scopes, uint32_t owner) {
  return owner == root_scope ? chart.direction : scopes.direction[owner];
}

// The node standing for a subgraph end: the box of a subgraph laid out on
// its own, else its first member (depth first), else its placeholder.
uint32_t representative(const Flowchart& chart, const Placement& at, uint32_t subgraph) {
  std::vector<uint32_t> stack{subgraph};
  while (!stack.empty()) {
    const uint32_t s = stack.back();
    stack.pop_back();
    if (at.box_node[s] != npos) return at.box_node[s];
    if (!chart.subgraphs[s].nodes.empty()) return at.input_node[chart.subgraphs[s].nodes.front()];
    if (at.placeholder[s] != npos) return at.placeholder[s];
    const auto& children = chart.subgraphs[s].children;
    for (auto it = children.rbegin(); it != children.rend(); ++it) stack.push_back(*it);
  }
  return npos;
}

uint32_t end_scope(const Scopes& scopes, const EdgeEnd& end) {
  return end.kind == EdgeEnd::Kind::node ? scopes.node_scope[end.index] : scopes.subgraph_scope[end.index];
}

std::vector<Scope> collect_scopes(const Flowchart& chart, const Scopes& scopes) {
  // Innermost first: subgraphs come parents first, so walk them backwards.
  std::vector<Scope> all;
  std::vector<uint32_t> slot(chart.subgraphs.size(), npos);
  for (uint32_t s = static_cast<uint32_t>(chart.subgraphs.size()); s-- > 0;) {
    if (!scopes.own_graph[s]) continue;
    slot[s] = static_cast<uint32_t>(all.size());
    all.emplace_back().owner = s;
  }
  all.emplace_back().owner = root_scope;
  auto scope_at = [&](uint32_t owner) -> Scope& { return owner == root_scope ? all.back() : all[slot[owner]]; };
  for (uint32_t s = 0; s < chart.subgraphs.size(); ++s) scope_at(scopes.subgraph_scope[s]).subgraphs.push_back(s);
  for (uint32_t v = 0; v < chart.nodes.size(); ++v) scope_at(scopes.node_scope[v]).nodes.push_back(v);
  for (uint32_t e = 0; e < chart.edges.size(); ++e) {
    const uint32_t from = end_scope(scopes, chart.edges[e].from), to = end_scope(scopes, chart.edges[e].to);
    if (from == to) scope_at(from).edges.push_back(e);  // else: a subgraph to its own member, not drawn
  }
  return all;
}

void build_scope(const Flowchart& chart, const Scopes& scopes, const Texts& texts,
                 const std::vector<Scope*>& scope_of_owner, Placement& at, Scope& scope) {
  const double padding = chart.config.flowchart.padding;
  auto cluster_of = [&](const std::optional<SubgraphIndex>& parent) {
    return parent && *parent != scope.owner ? at.cluster[*parent] : npos;
  };
  for (uint32_t s : scope.subgraphs) {
    const Subgraph& subgraph = chart.subgraphs[s];
    if (scopes.own_graph[s]) {
      const Point size = scope_of_owner[s]->size;
      at.box_node[s] = static_cast<uint32_t>(scope.input.nodes.size());
      scope.input.nodes.push_back({size.x, size.y, cluster_of(subgraph.parent)});
      continue;
    }
    if (subgraph.nodes.empty() && subgraph.children.empty()) {
      // mermaid draws an empty subgraph as a plain rect node (its dagre
      // renderer inserts a group without children as a node, padding 8).
      at.placeholder[s] = static_cast<uint32_t>(scope.input.nodes.size());
      scope.input.nodes.push_back({texts.titles[s].width + 4 * empty_subgraph_padding,
                                   texts.titles[s].height + 2 * empty_subgraph_padding, cluster_of(subgraph.parent)});
      continue;
    }
    at.cluster[s] = static_cast<uint32_t>(scope.input.clusters.size());
    scope.input.clusters.push_back({cluster_of(subgraph.parent), texts.titles[s].width, texts.titles[s].height});
  }
  for (uint32_t v : scope.nodes) {
    const Node& node = chart.nodes[v];
    Point size = node_size(node.shape, texts.nodes[v].width, texts.nodes[v].height, padding);
    if (node.width) size.x = *node.width;
    if (node.height) size.y = *node.height;
    at.input_node[v] = static_cast<uint32_t>(scope.input.nodes.size());
    scope.input.nodes.push_back({size.x, size.y, cluster_of(node.parent)});
  }
  auto end_node = [&](const EdgeEnd& end) {
    return end.kind == EdgeEnd::Kind::node ? at.input_node[end.index] : representative(chart, at, end.index);
  };
  for (uint32_t e : scope.edges) {
    const Edge& edge = chart.edges[e];
    layered::InputEdge in{end_node(edge.from), end_node(edge.to), std::max<uint32_t>(edge.length, 1), 1, std::nullopt};
    if (edge.has_label && texts.edges[e].width > 0) in.label = Point{texts.edges[e].width, texts.edges[e].height};
    scope.input.edges.push_back(in);
  }
}

layered::Options options_for(const Flowchart& chart, Direction direction) {
  layered::Options options;
  options.direction = direction;
  options.node_sep = chart.config.flowchart.node_spacing;
  options.rank_sep = chart.config.flowchart.rank_spacing;
  return options;
}

Curve edge_curve(const Flowchart& chart, uint32_t e) {
  std::string name = chart.config.flowchart.curve;
  for (const LinkStyle& style : chart.link_styles) {
    if (!style.interpolate) continue;
    if (style.is_default || std::find(style.indices.begin(), style.indices.end(), e) != style.indices.end()) {
      name = *style.interpolate;
    }
  }
  if (chart.edges[e].curve) name = *chart.edges[e].curve;
  return curve_from_name(name);
}

// Clips a polyline at its ends: node ends on the shape's outline, subgraph
// ends where the line leaves the cluster's box (mermaid cuts edges to a
// subgraph at the cluster border).
std::vector<Point> clip_ends(std::vector<Point> points, const Flowchart& chart, const Edge& edge,
                             const LayoutResult& result) {
  if (points.size() < 2) return points;
  auto clip = [&](const EdgeEnd& end, bool at_start) {
    if (!at_start) std::reverse(points.begin(), points.end());
    if (end.kind == EdgeEnd::Kind::node) {
      const NodeBox& node = result.nodes[end.index];
      points.front() = outline_intersection(chart.nodes[end.index].shape, node.box, points[1]);
    } else {
      const Box& box = result.clusters[end.index].box;
      auto inside = [&](Point p) {
        return p.x > box.left() && p.x < box.right() && p.y > box.top() && p.y < box.bottom();
      };
      size_t last_inside = 0;
      while (last_inside + 1 < points.size() && inside(points[last_inside + 1])) ++last_inside;
      if (last_inside + 1 < points.size()) {
        const Point cut = box_intersection(box, points[last_inside], points[last_inside + 1]);
        points.erase(points.begin(), points.begin() + static_cast<long>(last_inside));
        points.front() = cut;
      }
    }
    if (!at_start) std::reverse(points.begin(), points.end());
  };
  clip(edge.from, true);
  clip(edge.to, false);
  return points;
}

Point shifted(Point p, Point by) { return {p.x + by.x, p.y + by.y}; }
Box shifted(Box b, Point by) { return {b.cx + by.x, b.cy + by.y, b.width, b.height}; }

// Places a scope's nodes and clusters in the drawing; a subgraph laid out on
// its own gets its inner drawing centred in its box.
void place_scope(const Flowchart& chart, const Texts& texts, const Placement& at,
                 std::vector<Scope*>& scope_of_owner, Scope& scope, LayoutResult& result) {
  const double pad = 8;  // the title's distance from the box's top, as layered clusters
  for (uint32_t v : scope.nodes) {
    result.nodes[v] = {chart.nodes[v].id, v, shifted(scope.out.nodes[at.input_node[v]], scope.offset),
                       texts.nodes[v]};
  }
  for (uint32_t s : scope.subgraphs) {
    ClusterBox& cluster = result.clusters[s];
    cluster = {chart.subgraphs[s].id, s, {}, {}, texts.titles[s]};
    if (at.cluster[s] != npos) {
      const layered::OutputCluster& out = scope.out.clusters[at.cluster[s]];
      cluster.box = shifted(out.box, scope.offset);
      cluster.title = shifted(out.title, scope.offset);
    } else if (at.placeholder[s] != npos) {  // drawn as a node, title centred
      cluster.box = shifted(scope.out.nodes[at.placeholder[s]], scope.offset);
      cluster.title = {cluster.box.cx, cluster.box.cy, texts.titles[s].width, texts.titles[s].height};
    } else {
      cluster.box = shifted(scope.out.nodes[at.box_node[s]], scope.offset);
      const double h = texts.titles[s].height;
      cluster.title = {cluster.box.cx, cluster.box.top() + pad / 2 + h / 2, texts.titles[s].width, h};
      Scope& inner = *scope_of_owner[s];
      inner.offset = {cluster.box.cx - inner.out.width / 2,
                      cluster.box.cy - inner.out.height / 2 + extra_title_lines(texts.titles[s]) / 2};
    }
  }
}

void route_scope(const Flowchart& chart, const Texts& texts, const Scope& scope,
                 std::vector<std::optional<EdgeRoute>>& routes,
                 const LayoutResult& result) {
  for (size_t i = 0; i < scope.edges.size(); ++i) {
    const uint32_t e = scope.edges[i];
    const Edge& edge = chart.edges[e];
    if (edge.stroke == Stroke::invisible) continue;  // shaped the layout; not drawn
    auto name = [&](const EdgeEnd& end) {
      return end.kind == EdgeEnd::Kind::node ? chart.nodes[end.index].id : chart.subgraphs[end.index].id;
    };
    EdgeRoute route;
    route.index = e;
    route.from = name(edge.from);
    route.to = name(edge.to);
    std::vector<Point> points;
    for (const Point& p : scope.out.edges[i]) points.push_back(shifted(p, scope.offset));
    route.points = clip_ends(std::move(points), chart, edge, result);
    route.curve = edge_curve(chart, e);
    route.path = curve_path(route.points, route.curve);
    if (scope.out.edge_labels[i]) route.label = shifted(*scope.out.edge_labels[i], scope.offset);
    route.text = texts.edges[e];
    routes[e] = std::move(route);
  }
}


LayoutResult lay_out_scopes(const Flowchart& chart, const Texts& texts) {
  const Scopes scopes = find_scopes(chart);
  std::vector<Scope> all = collect_scopes(chart, scopes);  // innermost first, root last
  Placement at;
  at.input_node.assign(chart.nodes.size(), npos);
  at.box_node.assign(chart.subgraphs.size(), npos);
  at.cluster.assign(chart.subgraphs.size(), npos);
  at.placeholder.assign(chart.subgraphs.size(), npos);
  std::vector<Scope*> scope_of_owner(chart.subgraphs.size(), nullptr);
  for (Scope& scope : all) {
    if (scope.owner != root_scope) scope_of_owner[scope.owner] = &scope;
    build_scope(chart, scopes, texts, scope_of_owner, at, scope);
    scope.out = layered::layout(scope.input, options_for(chart, scope_direction(chart, scopes, scope.owner)));
    if (scope.owner != root_scope) {
      const double title = texts.titles[scope.owner].width + 16;
      scope.size = {std::max(scope.out.width + 2 * own_graph_margin_x, title),
                    scope.out.height + 2 * own_graph_margin_y + extra_title_lines(texts.titles[scope.owner])};
    }
  }
  LayoutResult result;
  const double padding = chart.config.flowchart.diagram_padding;
  Scope& root = all.back();
  root.offset = {padding, padding};
  result.width = root.out.width + 2 * padding;
  result.height = root.out.height + 2 * padding;
  result.nodes.resize(chart.nodes.size());
  result.clusters.resize(chart.subgraphs.size());
  // Outer scopes first, so each inner scope knows its offset before placing.
  for (auto it = all.rbegin(); it != all.rend(); ++it) place_scope(chart, texts, at, scope_of_owner, *it, result);
  std::vector<std::optional<EdgeRoute>> routes(chart.edges.size());
  for (const Scope& scope : all) route_scope(chart, texts, scope, routes, result);
  for (auto& route : routes) if (route) result.edges.push_back(std::move(*route));
  return result;
}

// Markdown subgraph titles wrap at the subgraph's own width (mermaid's
// cluster draws them with createText at the width dagre gave the cluster,
// then grows the cluster to the wrapped title + 8 px; mermaid-ref: a long
// "`...`" title over one 68 px node wraps at 143 px). Pass 1 lays out with
// such titles taking no width, to learn each subgraph's width; pass 2 with
// the titles wrapped there. Unlike mermaid's, the wrapped title's height is
// kept clear of the subgraph's content.
void wrap_markdown_titles(const Flowchart& chart, const TextMeasurer& measurer, const LayoutResult& unwrapped,
                          Texts& texts) {
  const FontSpec font{chart.config.font_family, chart.config.font_size, false, false};
  for (SubgraphIndex s = 0; s < chart.subgraphs.size(); ++s) {
    const Subgraph& subgraph = chart.subgraphs[s];
    const bool empty = subgraph.nodes.empty() && subgraph.children.empty();  // drawn as a node
    if (subgraph.title.format != LabelFormat::markdown || empty) continue;
    const double width = unwrapped.clusters[s].box.width;
    if (texts.titles[s].width < width) continue;
    texts.titles[s] = layout_text(decode_label(subgraph.title),
                                  with_label_style(font, subgraph_label_style(chart, subgraph)), measurer, width);
  }
}

}  // namespace

LayoutResult layout_flowchart(const Flowchart& chart, const TextMeasurer& measurer) {
  Texts texts = lay_out_texts(chart, measurer);
  Texts narrow = texts;
  bool markdown = false;
  for (SubgraphIndex s = 0; s < chart.subgraphs.size(); ++s) {
    if (chart.subgraphs[s].title.format != LabelFormat::markdown) continue;
    narrow.titles[s].width = 0;
    markdown = true;
  }
  if (!markdown) return lay_out_scopes(chart, texts);
  wrap_markdown_titles(chart, measurer, lay_out_scopes(chart, narrow), texts);
  return lay_out_scopes(chart, texts);
}

}  // namespace merrow
