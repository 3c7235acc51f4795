// The typed model of a flowchart, as the grammar builds it and every later
// stage reads it. Dense integer ids index the vectors; string ids are kept
// for output. Vectors are in source order of first appearance (mermaid's own
// vertex order, which its layout depends on).
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "model/config.hpp"
#include "model/label.hpp"
#include "model/shape.hpp"
#include "model/source.hpp"

namespace merrow {

using NodeIndex = uint32_t;
using EdgeIndex = uint32_t;
using SubgraphIndex = uint32_t;

enum class Direction : uint8_t { TB, BT, LR, RL };  // TD is TB

struct StyleDecl {  // one CSS declaration: `fill:#f9f`
  std::string property;
  std::string value;
  Span span;
};

struct Node {
  std::string id;
  Label label;              // defaults to the id when never given
  bool has_label = false;   // a label was written somewhere
  bool declared = false;    // written as a vertex (alone, in a link or group), not only named by `style`
  Shape shape = Shape::rect;
  std::vector<std::string> classes;  // `class` statements and `:::` in source order
  std::vector<StyleDecl> style;      // `style` statements, in order
  std::optional<SubgraphIndex> parent;  // innermost subgraph holding it
  Span span;                         // first appearance
  // `@{ ... }` extras
  std::string icon;        // "fa:bell"
  std::string img;         // image URL
  std::string form;        // icon form: square, circle, rounded
  std::string label_pos;   // pos: t | b
  std::optional<double> width, height;
  std::string constraint;  // on | off
  std::optional<std::string> link;  // from `click ... href`
  std::string tooltip;
};

enum class Stroke : uint8_t { normal, thick, dotted, invisible };
enum class Head : uint8_t { none, arrow, circle, cross };

// An edge end is a node, or a subgraph when the id names one (mermaid then
// attaches the edge to the cluster's border).
struct EdgeEnd {
  enum class Kind : uint8_t { node, subgraph };
  Kind kind = Kind::node;
  uint32_t index = 0;
  bool operator==(const EdgeEnd&) const = default;
};

struct Edge {
  EdgeEnd from, to;
  Stroke stroke = Stroke::normal;
  Head head_start = Head::none;  // at `from`
  Head head_end = Head::arrow;   // at `to`
  uint32_t length = 1;           // ranks spanned: `-->` 1, `--->` 2, ...
  Label label;
  bool has_label = false;
  std::optional<std::string> id;  // `e1@-->`
  std::optional<std::string> curve;  // edge data `curve: linear`
  bool animate = false;
  std::string animation;  // fast | slow
  std::vector<StyleDecl> style;  // from linkStyle (index and default), in order
  std::vector<std::string> classes;  // edge classes (`e1@{ class: ... }`, `class e1 x`)
  Span span;  // the link token
};

struct Subgraph {
  std::string id;
  Label title;                   // defaults to the id
  std::optional<SubgraphIndex> parent;
  std::vector<NodeIndex> nodes;  // direct members
  std::vector<SubgraphIndex> children;
  std::optional<Direction> direction;
  std::vector<std::string> classes;
  std::vector<StyleDecl> style;
  Span span;  // the `subgraph` line
};

struct ClassDef {
  std::string name;  // one entry per name of `classDef a,b ...`
  std::vector<StyleDecl> decls;
  Span span;
};

struct ClassStatement {  // `class a,b name` (kept for lint)
  std::vector<std::string> targets;
  std::string class_name;
  Span span;
};

struct StyleStatement {  // `style id css` (kept for lint: style on an unknown id)
  std::string target;
  std::vector<StyleDecl> decls;
  Span span;
};

struct LinkStyle {
  std::vector<uint32_t> indices;  // empty when is_default
  bool is_default = false;
  std::vector<StyleDecl> decls;
  std::optional<std::string> interpolate;
  Span span;
};

struct Click {
  std::string target;
  enum class Kind : uint8_t { callback, call, href } kind = Kind::href;
  std::string function;  // callback name
  std::string args;      // call f(args)
  std::string href;
  std::string target_window;  // _self, _blank, ...
  std::string tooltip;
  Span span;
};

// A vertex written with a label (`A[text]`, `A@{ label: text }`), in source
// order: a node's label is the last one written, and lint compares them.
struct LabelWrite {
  std::string id;
  Label label;
  Span span;  // the vertex id where the label was written
};

struct Flowchart {
  std::string keyword = "flowchart";  // graph | flowchart | flowchart-elk
  Direction direction = Direction::TB;
  bool has_direction = false;
  Span header;
  std::vector<Node> nodes;
  std::vector<Edge> edges;
  std::vector<Subgraph> subgraphs;  // parents before children
  std::vector<ClassDef> class_defs;
  std::vector<ClassStatement> class_statements;
  std::vector<StyleStatement> style_statements;
  std::vector<LinkStyle> link_styles;
  std::vector<Click> clicks;
  std::vector<LabelWrite> label_writes;
  std::string acc_title;
  std::string acc_descr;
  Config config;

  // Lookups by string id (never iterated for output: order comes from the vectors).
  std::unordered_map<std::string, NodeIndex> node_by_id;
  std::unordered_map<std::string, SubgraphIndex> subgraph_by_id;
};

}  // namespace merrow
