// A fully resolved drawing: what the Cairo backend draws and nothing more.
// Built from a LayoutResult + model + theme; no diagram semantics here.
#pragma once
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "layout/geometry.hpp"
#include "layout/text/text_measurer.hpp"
#include "render/color/color.hpp"

namespace merrow {

struct StrokeStyle {
  Color color;
  double width = 1;
  std::vector<double> dash;  // empty: solid
  enum class Cap : unsigned char { butt, round, square } cap = Cap::butt;
  enum class Join : unsigned char { miter, round, bevel } join = Join::miter;
};

struct PathItem {
  Path path;
  std::optional<Color> fill;
  std::optional<StrokeStyle> stroke;
  double opacity = 1;
};

struct TextItem {
  std::string text;  // UTF-8, one line, one style
  FontSpec font;
  Color color;
  Point origin;  // left end of the baseline (its middle when `centred`)
  double opacity = 1;
  bool centred = false;  // the backend centres the shaped run on origin.x
  std::string font_file;  // an explicit font file (icon glyphs): `font.family` is not resolved
};

struct GroupItem;
using SceneItem = std::variant<PathItem, TextItem, GroupItem>;

struct GroupItem {
  std::string id;   // becomes the SVG id (sanitised), optional
  std::string link; // a sanitised http(s)/mailto URL from `click ... href`, optional
  Point translate;  // offset applied to every item of the group
  std::vector<SceneItem> items;
};

struct Scene {
  double width = 0, height = 0;  // px
  std::optional<Color> background;  // none: transparent
  std::string title;  // accTitle -> <title>
  std::string desc;   // accDescr -> <desc>
  std::string role_description;  // the SVG's aria-roledescription, as mermaid writes it ("flowchart-v2", "mindmap")
  std::vector<SceneItem> items;  // painted in order
};

}  // namespace merrow
