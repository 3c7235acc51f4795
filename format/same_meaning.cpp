#include "format/same_meaning.hpp"

#include <cstdint>
#include <tuple>
#include <variant>

namespace merrow::format {
namespace {

bool same(const Label& a, const Label& b) { return a.text == b.text && a.format == b.format; }

bool same(const std::vector<StyleDecl>& a, const std::vector<StyleDecl>& b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i)
    if (a[i].property != b[i].property || a[i].value != b[i].value) return false;
  return true;
}

std::string at(const char* what, size_t i, const char* field) {
  return std::string(what) + " " + std::to_string(i) + ": " + field;
}

std::string compare_nodes(const Flowchart& a, const Flowchart& b) {
  if (a.nodes.size() != b.nodes.size()) return "node count";
  for (size_t i = 0; i < a.nodes.size(); ++i) {
    const Node& x = a.nodes[i];
    const Node& y = b.nodes[i];
    if (x.id != y.id) return at("node", i, "id");
    if (!same(x.label, y.label) || x.has_label != y.has_label) return at("node", i, "label");
    if (x.declared != y.declared || x.shape != y.shape) return at("node", i, "shape");
    if (x.classes != y.classes || !same(x.style, y.style)) return at("node", i, "classes or style");
    if (x.parent != y.parent) return at("node", i, "subgraph");
    if (std::tie(x.icon, x.img, x.form, x.label_pos, x.width, x.height, x.constraint, x.link, x.tooltip) !=
        std::tie(y.icon, y.img, y.form, y.label_pos, y.width, y.height, y.constraint, y.link, y.tooltip))
      return at("node", i, "shape data or click");
  }
  return {};
}

std::string compare_edges(const Flowchart& a, const Flowchart& b) {
  if (a.edges.size() != b.edges.size()) return "edge count";
  for (size_t i = 0; i < a.edges.size(); ++i) {
    const Edge& x = a.edges[i];
    const Edge& y = b.edges[i];
    if (x.from != y.from || x.to != y.to) return at("edge", i, "ends");
    if (std::tie(x.stroke, x.head_start, x.head_end, x.length) != std::tie(y.stroke, y.head_start, y.head_end, y.length))
      return at("edge", i, "kind");
    if (!same(x.label, y.label) || x.has_label != y.has_label) return at("edge", i, "label");
    if (std::tie(x.id, x.curve, x.animate, x.animation, x.classes) !=
        std::tie(y.id, y.curve, y.animate, y.animation, y.classes))
      return at("edge", i, "id or data");
    if (!same(x.style, y.style)) return at("edge", i, "style");
  }
  return {};
}

std::string compare_statements(const Flowchart& a, const Flowchart& b) {
  if (a.subgraphs.size() != b.subgraphs.size()) return "subgraph count";
  for (size_t i = 0; i < a.subgraphs.size(); ++i) {
    const Subgraph& x = a.subgraphs[i];
    const Subgraph& y = b.subgraphs[i];
    if (x.id != y.id || !same(x.title, y.title)) return at("subgraph", i, "id or title");
    if (std::tie(x.parent, x.nodes, x.children, x.direction, x.classes) !=
        std::tie(y.parent, y.nodes, y.children, y.direction, y.classes))
      return at("subgraph", i, "members");
    if (!same(x.style, y.style)) return at("subgraph", i, "style");
  }
  if (a.class_defs.size() != b.class_defs.size()) return "classDef count";
  for (size_t i = 0; i < a.class_defs.size(); ++i)
    if (a.class_defs[i].name != b.class_defs[i].name || !same(a.class_defs[i].decls, b.class_defs[i].decls))
      return at("classDef", i, "declarations");
  if (a.class_statements.size() != b.class_statements.size()) return "class statement count";
  for (size_t i = 0; i < a.class_statements.size(); ++i)
    if (a.class_statements[i].targets != b.class_statements[i].targets ||
        a.class_statements[i].class_name != b.class_statements[i].class_name)
      return at("class statement", i, "targets");
  if (a.style_statements.size() != b.style_statements.size()) return "style statement count";
  for (size_t i = 0; i < a.style_statements.size(); ++i)
    if (a.style_statements[i].target != b.style_statements[i].target ||
        !same(a.style_statements[i].decls, b.style_statements[i].decls))
      return at("style statement", i, "declarations");
  if (a.link_styles.size() != b.link_styles.size()) return "linkStyle count";
  for (size_t i = 0; i < a.link_styles.size(); ++i) {
    const LinkStyle& x = a.link_styles[i];
    const LinkStyle& y = b.link_styles[i];
    if (std::tie(x.indices, x.is_default, x.interpolate) != std::tie(y.indices, y.is_default, y.interpolate) ||
        !same(x.decls, y.decls))
      return at("linkStyle", i, "indices or declarations");
  }
  if (a.clicks.size() != b.clicks.size()) return "click count";
  for (size_t i = 0; i < a.clicks.size(); ++i) {
    const Click& x = a.clicks[i];
    const Click& y = b.clicks[i];
    if (std::tie(x.target, x.kind, x.function, x.args, x.href, x.target_window, x.tooltip) !=
        std::tie(y.target, y.kind, y.function, y.args, y.href, y.target_window, y.tooltip))
      return at("click", i, "action");
  }
  if (a.label_writes.size() != b.label_writes.size()) return "label write count";
  for (size_t i = 0; i < a.label_writes.size(); ++i)
    if (a.label_writes[i].id != b.label_writes[i].id || !same(a.label_writes[i].label, b.label_writes[i].label))
      return at("label write", i, "label");
  return {};
}

std::string compare(const Flowchart& a, const Flowchart& b) {
  if (a.keyword != b.keyword || a.direction != b.direction || a.has_direction != b.has_direction) return "header";
  if (a.acc_title != b.acc_title || a.acc_descr != b.acc_descr) return "accessibility";
  if (std::string d = compare_nodes(a, b); !d.empty()) return d;
  if (std::string d = compare_edges(a, b); !d.empty()) return d;
  return compare_statements(a, b);
}

std::string compare(const Mindmap& a, const Mindmap& b) {
  if (a.nodes.size() != b.nodes.size()) return "mindmap node count";
  for (size_t i = 0; i < a.nodes.size(); ++i) {
    const MindmapNode& x = a.nodes[i];
    const MindmapNode& y = b.nodes[i];
    if (x.id != y.id || !same(x.label, y.label) || x.shape != y.shape) return at("mindmap node", i, "label or shape");
    if (x.icon != y.icon || x.classes != y.classes) return at("mindmap node", i, "icon or classes");
    if (std::tie(x.parent, x.children, x.depth) != std::tie(y.parent, y.children, y.depth))
      return at("mindmap node", i, "place in the tree");
    // mermaid's level is the indentation minus the root's; the edges below a
    // node get class edge-depth-<level + 1>, a stroke width.
    const auto level = [](const Mindmap& m, const MindmapNode& n) {
      return static_cast<int64_t>(n.indent) - static_cast<int64_t>(m.nodes[0].indent);
    };
    if (!x.children.empty() && level(a, x) != level(b, y)) return at("mindmap node", i, "level (indentation)");
  }
  return {};
}

std::string compare(const Config& a, const Config& b) {
  // raw holds every merged key (typed fields are read from it); title comes from front matter.
  if (a.raw != b.raw || a.title != b.title) return "config";
  return {};
}

}  // namespace

std::string meaning_difference(const ParseResult& a, const ParseResult& b) {
  if (a.type != b.type || a.supported != b.supported) return "diagram type";
  if (a.ok() != b.ok()) return "verdict";
  if (a.diagram.index() != b.diagram.index()) return "model kind";
  if (const auto* x = std::get_if<Flowchart>(&a.diagram)) {
    const auto& y = std::get<Flowchart>(b.diagram);
    if (std::string d = compare(x->config, y.config); !d.empty()) return d;
    return compare(*x, y);
  }
  if (const auto* x = std::get_if<Mindmap>(&a.diagram)) {
    const auto& y = std::get<Mindmap>(b.diagram);
    if (std::string d = compare(x->config, y.config); !d.empty()) return d;
    return compare(*x, y);
  }
  return {};
}

}  // namespace merrow::format
