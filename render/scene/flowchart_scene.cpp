// Flowchart scene building: resolves every colour, width and dash from the
// theme and the style cascade, fits each shape to its layout box and puts
// arrowheads at edge ends the way mermaid's markers sit.
#include "render/scene/flowchart_scene.hpp"

#include <cctype>
#include <cmath>

#include "render/scene/edge_markers.hpp"
#include "render/scene/node_shapes.hpp"
#include "render/scene/path_builder.hpp"
#include "render/scene/text_items.hpp"
#include "render/style/resolved_style.hpp"

namespace merrow {
namespace {

struct Paints {
  Color fill, stroke;
  double width = 1;
  std::vector<double> dash;
  double opacity = 1;
  StrokeStyle::Cap cap = StrokeStyle::Cap::butt;
  StrokeStyle::Join join = StrokeStyle::Join::miter;
};

void add_parts(std::vector<SceneItem>& out, const std::vector<ShapePart>& parts, const Paints& p) {
  for (const ShapePart& part : parts) {
    PathItem item;
    item.path = part.path;
    item.opacity = p.opacity;
    StrokeStyle stroke{p.stroke, p.width, p.dash, p.cap, p.join};
    switch (part.paint) {
      case ShapePart::Paint::fill_and_stroke: item.fill = p.fill; item.stroke = stroke; break;
      case ShapePart::Paint::stroke: item.stroke = stroke; break;
      case ShapePart::Paint::fill: item.fill = p.fill; break;
      case ShapePart::Paint::solid:
        item.fill = p.stroke;
        item.stroke = StrokeStyle{p.stroke, p.width, {}, p.cap, p.join};
        break;
    }
    out.push_back(std::move(item));
  }
}

// A shape's paints: the theme's fill and stroke under the author's styles,
// every property mermaid puts on the drawn shape (fill, stroke, their
// opacities, stroke-width, -dasharray, -linecap, -linejoin, opacity).
Paints shape_paints(const ResolvedStyle& s, Color fill, Color stroke) {
  return {with_opacity(s.fill.value_or(fill), s.fill_opacity),
          with_opacity(s.stroke.value_or(stroke), s.stroke_opacity),
          s.stroke_width.value_or(1),
          s.dash.value_or(std::vector<double>{}),
          s.opacity.value_or(1),
          s.cap.value_or(StrokeStyle::Cap::butt),
          s.join.value_or(StrokeStyle::Join::miter)};
}

Point unit(Point from, Point to) {
  double dx = to.x - from.x, dy = to.y - from.y, len = std::hypot(dx, dy);
  return len > 1e-9 ? Point{dx / len, dy / len} : Point{0, 1};
}

// The direction of travel at an end: along the last segment of nonzero length.
Point end_direction(const std::vector<Point>& pts, bool at_start) {
  const size_t n = pts.size();
  for (size_t i = 1; i < n; ++i) {
    Point a = at_start ? pts[i] : pts[n - 1 - i];
    Point b = at_start ? pts[0] : pts[n - 1];
    if (std::hypot(b.x - a.x, b.y - a.y) > 1e-9) return unit(a, b);
  }
  return {0, 1};
}

// Pulls an end point back towards the line's inside by `inset` px.
void inset_end(std::vector<Point>& pts, bool at_start, double inset) {
  if (inset <= 0 || pts.size() < 2) return;
  Point dir = end_direction(pts, at_start);
  Point& p = at_start ? pts.front() : pts.back();
  p = {p.x - dir.x * inset, p.y - dir.y * inset};
}

StrokeStyle edge_stroke(const Edge& edge, const FlowchartColors& c, const ResolvedStyle& s) {
  StrokeStyle stroke;
  stroke.color = with_opacity(s.stroke.value_or(c.edge), s.stroke_opacity);
  stroke.cap = s.cap.value_or(StrokeStyle::Cap::butt);
  stroke.join = s.join.value_or(StrokeStyle::Join::miter);
  // mermaid's CSS: .edge-thickness-normal 1px, -thick 3.5px, .edge-pattern-dotted dasharray 2.
  stroke.width = s.stroke_width.value_or(edge.stroke == Stroke::thick ? 3.5 : 1);
  if (edge.stroke == Stroke::dotted) stroke.dash = {2, 2};
  if (s.dash) stroke.dash = *s.dash;
  return stroke;
}

void add_edge(std::vector<SceneItem>& out, const Flowchart& chart, const EdgeRoute& route,
              const FlowchartColors& colors) {
  if (route.index >= chart.edges.size()) return;
  const Edge& edge = chart.edges[route.index];
  if (edge.stroke == Stroke::invisible) return;
  const ResolvedStyle style = edge_style(chart, route.index);
  const StrokeStyle stroke = edge_stroke(edge, colors, style);
  const double opacity = style.opacity.value_or(1);
  PathItem line;
  line.stroke = stroke;
  line.opacity = opacity;
  if (route.points.size() >= 2) {
    std::vector<Point> pts = route.points;
    inset_end(pts, true, marker_line_inset(edge.head_start));
    inset_end(pts, false, marker_line_inset(edge.head_end));
    line.path = curve_path(pts, route.curve);
  } else {
    line.path = route.path;
  }
  out.push_back(std::move(line));
  const Color marker_color = edge_marker_color(chart, route.index).value_or(colors.arrowhead);
  Paints marker{marker_color, marker_color, 1, {}, opacity};
  if (route.points.size() >= 2) {
    for (bool at_start : {true, false}) {
      Head head = at_start ? edge.head_start : edge.head_end;
      Point end = at_start ? route.points.front() : route.points.back();
      Point dir = end_direction(route.points, at_start);
      Paints p = marker;
      p.width = head == Head::cross ? 2 : head == Head::arrow ? 0.8 : 1;
      add_parts(out, edge_marker(head, end, dir), p);
    }
  }
}

void add_edge_label(std::vector<SceneItem>& out, const Flowchart& chart, const EdgeRoute& route,
                    const FlowchartColors& colors) {
  if (!route.label || route.text.lines.empty() || route.index >= chart.edges.size()) return;
  const ResolvedStyle style = edge_style(chart, route.index);
  const Box& box = *route.label;
  PathItem bg;
  bg.path = PathBuilder().rect(box).build();
  bg.fill = colors.edge_label_background;
  out.push_back(std::move(bg));
  ResolvedStyle text_style;
  text_style.color = style.color;
  add_text_block(out, route.text, {box.cx, box.cy}, colors.edge_label_text, text_style);
}

void add_cluster(std::vector<SceneItem>& out, const Flowchart& chart, const ClusterBox& cluster,
                 const FlowchartColors& colors) {
  ResolvedStyle style;
  bool as_node = false;  // mermaid draws an empty subgraph as a node, in node colours
  if (cluster.index < chart.subgraphs.size()) {
    const Subgraph& subgraph = chart.subgraphs[cluster.index];
    style = subgraph_style(chart, subgraph);
    as_node = subgraph.nodes.empty() && subgraph.children.empty();
  }
  const Paints p = as_node ? shape_paints(style, colors.node_fill, colors.node_stroke)
                           : shape_paints(style, colors.cluster_fill, colors.cluster_stroke);
  add_parts(out, {{PathBuilder().rect(cluster.box).build(), ShapePart::Paint::fill_and_stroke}}, p);
  add_text_block(out, cluster.text, {cluster.title.cx, cluster.title.cy},
                 as_node ? colors.node_text : colors.cluster_text, style);
}

void add_node(std::vector<SceneItem>& out, const Flowchart& chart, const NodeBox& box,
              const FlowchartColors& colors) {
  if (box.index >= chart.nodes.size()) return;
  const Node& node = chart.nodes[box.index];
  const ResolvedStyle style = node_style(chart, node);
  GroupItem group;
  group.id = "flowchart-" + node.id;  // mermaid's prefix; never the same as a glyph id
  if (node.link) group.link = safe_link(*node.link);
  const Paints p = shape_paints(style, colors.node_fill, colors.node_stroke);
  add_parts(group.items, node_shape(node.shape, box.box), p);
  // mermaid puts the style on the shape and only its text properties on the
  // label, so `opacity` fades the shape, not the text (mermaid-ref).
  ResolvedStyle text_style = style;
  text_style.opacity.reset();
  const Point centre = label_centre(node.shape, box.box, box.text.height, chart.config.flowchart.padding);
  add_text_block(group.items, box.text, centre, colors.node_text, text_style);
  out.push_back(std::move(group));
}

// Front matter `title:`: mermaid draws it 18 px, centred, baseline 25 px
// above the graph, and grows the viewBox upwards to hold it (plus the 8 px
// diagram padding), so the whole drawing moves down by that much.
void add_title(Scene& scene, const std::string& title, const ThemeVariables& theme,
               const FlowchartColors& colors) {
  constexpr double size = 18, baseline_above = 25, padding = 8;
  const double ascent = std::round(0.905 * size);  // Liberation Sans; Chromium rounds
  const double dy = baseline_above + ascent + padding;
  GroupItem content;
  content.translate = {0, dy};
  content.items = std::move(scene.items);
  scene.items.clear();
  scene.items.push_back(std::move(content));
  TextItem text;
  text.text = title;
  text.font.family = colors.font_family;
  text.font.size = size;
  text.color = theme.color("textColor", colors.node_text);
  text.origin = {scene.width / 2, dy - baseline_above};
  text.centred = true;
  scene.items.push_back(std::move(text));
  scene.height += dy;
}

}  // namespace

std::string safe_link(std::string_view url) {
  std::string lower;
  for (char c : url.substr(0, 8)) lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  for (std::string_view scheme : {"http://", "https://", "mailto:"})
    if (lower.starts_with(scheme)) {
      for (char c : url)
        if (static_cast<unsigned char>(c) < 0x20 || c == '"' || c == '<' || c == '>') return {};
      return std::string(url);
    }
  return {};
}

Scene build_flowchart_scene(const Flowchart& chart, const LayoutResult& layout,
                            const ThemeVariables& theme) {
  const FlowchartColors colors = flowchart_colors(theme, chart.config);
  Scene scene;
  scene.width = layout.width;
  scene.height = layout.height;
  scene.background = colors.background;
  scene.title = chart.acc_title;
  scene.desc = chart.acc_descr;
  for (const ClusterBox& cluster : layout.clusters) add_cluster(scene.items, chart, cluster, colors);
  for (const EdgeRoute& route : layout.edges) add_edge(scene.items, chart, route, colors);
  for (const EdgeRoute& route : layout.edges) add_edge_label(scene.items, chart, route, colors);
  for (const NodeBox& box : layout.nodes) add_node(scene.items, chart, box, colors);
  if (chart.config.title && !chart.config.title->empty()) add_title(scene, *chart.config.title, theme, colors);
  return scene;
}

}  // namespace merrow
