// The outline of every node shape of model/shape.hpp, fitted to its layout
// box with mermaid 11's proportions (rendering-util/rendering-elements/
// shapes/*.ts): the parts to draw, in order, each saying how it is painted.
// Pre: box.width, box.height >= 0. Post: paths lie inside the box (markers
// and strokes may overhang by half the stroke width).
#pragma once
#include <vector>

#include "layout/geometry.hpp"
#include "model/shape.hpp"

namespace merrow {

struct ShapePart {
  enum class Paint : unsigned char {
    fill_and_stroke,  // node fill + node stroke (the outline)
    stroke,           // decoration lines: node stroke only
    solid,            // filled with the stroke colour (fork bar, stop dot)
    fill,             // node fill, no stroke (datastore body)
  };
  Path path;
  Paint paint = Paint::fill_and_stroke;
};

std::vector<ShapePart> node_shape(Shape shape, const Box& box);

// Where mermaid centres the label: the box centre, except shapes whose
// drawing leaves the label off-centre (the cylinder's body below its top
// ellipse, the document above its wave, the triangle near its base).
// `padding` is flowchart.padding.
Point label_centre(Shape shape, const Box& box, double text_height, double padding);

}  // namespace merrow
