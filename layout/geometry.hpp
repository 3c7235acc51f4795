// Plain geometry shared by layout and render.
#pragma once
#include <vector>

namespace merrow {

struct Point {
  double x = 0, y = 0;
};

struct Box {  // centre and size, as mermaid's layout JSON has them
  double cx = 0, cy = 0, width = 0, height = 0;
  double left() const { return cx - width / 2; }
  double right() const { return cx + width / 2; }
  double top() const { return cy - height / 2; }
  double bottom() const { return cy + height / 2; }
};

struct PathCommand {
  enum class Kind : unsigned char { move, line, cubic, close } kind = Kind::move;
  Point p[3];  // move/line: p[0]; cubic: control 1, control 2, end
};

using Path = std::vector<PathCommand>;

}  // namespace merrow
