#include "render/mindmap/mindmap_scene.hpp"

#include <algorithm>
#include <string>

#include "layout/tree/mindmap_shapes.hpp"
#include "render/mindmap/mindmap_palette.hpp"
#include "render/mindmap/tapered_edge.hpp"
#include "render/scene/text_items.hpp"

namespace merrow {

namespace {

Path translated(const Path& path, Point by) {
  Path out = path;
  for (PathCommand& c : out) {
    for (Point& p : c.p) p.x += by.x, p.y += by.y;
  }
  return out;
}

// The layout ends edges on the boxes' sides; a cloud's or a circle's outline
// can sit a px or two inside that. Running the band a little into both nodes
// (which are painted over it) closes the gap without moving the route.
Path reach_into_nodes(const Path& route) {
  constexpr double kReach = 8;
  if (route.size() < 2 || route.back().kind != PathCommand::Kind::cubic) return route;
  const Point start = route.front().p[0];
  const Point end = route.back().p[2];
  const double out = route[1].p[0].x;  // a line's end or a cubic's first control: both lead away
  const double dir_start = out >= start.x ? -1 : 1;                   // back into the parent
  const double dir_end = route.back().p[1].x <= end.x ? 1 : -1;       // on into the child
  Path extended;
  extended.push_back({PathCommand::Kind::move, {{start.x + dir_start * kReach, start.y}, {}, {}}});
  extended.push_back({PathCommand::Kind::line, {start, {}, {}}});
  extended.insert(extended.end(), route.begin() + 1, route.end());
  extended.push_back({PathCommand::Kind::line, {{end.x + dir_end * kReach, end.y}, {}, {}}});
  return extended;
}

void add_edges(const Mindmap& map, const LayoutResult& layout, const ThemeVariables& vars,
               const std::vector<int>& sections, std::vector<SceneItem>& items) {
  for (const EdgeRoute& edge : layout.edges) {
    const uint32_t child = edge.index;
    if (child >= map.nodes.size() || map.nodes[child].parent < 0) continue;
    const auto parent = static_cast<uint32_t>(map.nodes[child].parent);
    const double start = mindmap_edge_width(mindmap_level(map, parent) + 1);
    const double end = std::min(start, mindmap_edge_width(mindmap_level(map, child) + 1));
    PathItem band;
    band.path = tapered_band(reach_into_nodes(edge.path), start, end);
    band.fill = mindmap_node_colors(vars, sections[child]).fill;
    GroupItem group;
    group.id = "mindmap-edge-" + edge.from + "-" + edge.to;
    group.items.push_back(std::move(band));
    items.push_back(std::move(group));
  }
}

GroupItem node_group(const MindmapNode& node, const NodeBox& box, const MindmapNodeColors& colors,
                     double padding) {
  const MindmapShapeGeometry shape =
      mindmap_shape_geometry(node.shape, box.text.width, box.text.height, padding);
  // The layout box is the outline's extent; the body centre sits off it by
  // the extent's own offset (clouds and bangs bulge unevenly).
  const Point body{box.box.cx - shape.extent.cx, box.box.cy - shape.extent.cy};
  GroupItem group;
  group.id = "mindmap-node-" + box.id;
  PathItem outline;
  outline.path = translated(shape.outline, body);
  outline.fill = colors.fill;
  group.items.push_back(std::move(outline));
  if (shape.underline) {
    PathItem line;
    const double y = body.y + shape.body_height / 2;
    line.path = {{PathCommand::Kind::move, {{body.x - shape.body_width / 2, y}, {}, {}}},
                 {PathCommand::Kind::line, {{body.x + shape.body_width / 2, y}, {}, {}}}};
    StrokeStyle stroke;
    stroke.color = colors.underline;
    stroke.width = 3;
    line.stroke = stroke;
    group.items.push_back(std::move(line));
  }
  // Shared with flowchart labels, so `fa:fa-car` runs draw their glyph.
  add_text_block(group.items, box.text, body, colors.label, ResolvedStyle{});
  return group;
}

}  // namespace

Scene build_mindmap_scene(const Mindmap& map, const LayoutResult& layout, const ThemeVariables& vars) {
  Scene scene;
  scene.width = layout.width;
  scene.height = layout.height;
  scene.background = Color{1, 1, 1, 1};  // mmdc's default background, whatever the theme
  const std::vector<int> sections = mindmap_sections(map);
  add_edges(map, layout, vars, sections, scene.items);
  for (const NodeBox& box : layout.nodes) {
    if (box.index >= map.nodes.size()) continue;
    const MindmapNodeColors colors = mindmap_node_colors(vars, sections[box.index]);
    scene.items.push_back(node_group(map.nodes[box.index], box, colors, map.config.mindmap.padding));
  }
  return scene;
}

}  // namespace merrow
