// Node shapes: the classic bracket forms and mermaid 11's `@{ shape: ... }`
// names. One enum value per distinct drawing; aliases map onto these in
// model/shape.cpp (shape_from_name).
#pragma once
#include <optional>
#include <string_view>

namespace merrow {

enum class Shape : uint8_t {
  rect,            // A[x]            rect, process, proc, rectangle, square
  rounded,         // A(x)            rounded, event
  stadium,         // A([x])          stadium, terminal, pill
  subroutine,      // A[[x]]          fr-rect, subprocess, subproc, framed-rectangle, subroutine
  cylinder,        // A[(x)]          cyl, db, database, cylinder
  circle,          // A((x))          circle, circ
  double_circle,   // A(((x)))        dbl-circ, double-circle, doublecircle
  odd,             // A>x]            odd
  diamond,         // A{x}            diam, decision, diamond, question
  hexagon,         // A{{x}}          hex, hexagon, prepare
  lean_right,      // A[/x/]          lean-r, lean-right, in-out
  lean_left,       // A[\x\]          lean-l, lean-left, out-in
  trapezoid,       // A[/x\]          trap-b, trapezoid, trapezoid-bottom, priority
  inv_trapezoid,   // A[\x/]          trap-t, inv-trapezoid, trapezoid-top, manual
  text,            // shape: text
  notch_rect,      // notch-rect, card, notched-rectangle
  lined_rect,      // lin-rect, shaded-process, lined-rectangle, lin-proc, lined-process
  small_circle,    // sm-circ, start, small-circle
  framed_circle,   // fr-circ, stop, framed-circle
  fork,            // fork, join
  hourglass,       // hourglass, collate
  brace_left,      // brace, comment, brace-l
  brace_right,     // brace-r
  braces,          // braces
  bolt,            // bolt, com-link, lightning-bolt
  document,        // doc, document
  delay,           // delay, half-rounded-rectangle
  h_cylinder,      // h-cyl, das, horizontal-cylinder
  lined_cylinder,  // lin-cyl, disk, lined-cylinder
  curved_trapezoid,// curv-trap, curved-trapezoid, display
  divided_rect,    // div-rect, div-proc, divided-rectangle, divided-process
  triangle,        // tri, extract, triangle
  window_pane,     // win-pane, internal-storage, window-pane
  filled_circle,   // f-circ, junction, filled-circle
  lined_document,  // lin-doc, lined-document
  notched_pentagon,// notch-pent, loop-limit, notched-pentagon
  flipped_triangle,// flip-tri, manual-file, flipped-triangle
  sloped_rect,     // sl-rect, manual-input, sloped-rectangle
  documents,       // docs, documents, st-doc, stacked-document
  processes,       // processes, procs, st-rect, stacked-rectangle
  flag,            // flag, paper-tape
  bow_rect,        // bow-rect, stored-data, bow-tie-rectangle
  crossed_circle,  // cross-circ, summary, crossed-circle
  tagged_document, // tag-doc, tagged-document
  tagged_rect,     // tag-rect, tag-proc, tagged-rectangle, tagged-process
  icon,            // icon, iconSquare, iconCircle, iconRounded (see Node::icon_style)
  image,           // image, imageSquare
  anchor,          // anchor
  datastore,       // datastore, data-store: a rect with only its top and bottom edges
  choice,          // choice: state diagrams' 28 px diamond, no label (mermaid accepts it in flowcharts)
  note,            // note: a rect padded by the padding on all sides
};

// The shape for a mermaid 11 shape name or alias; nullopt for an unknown name.
std::optional<Shape> shape_from_name(std::string_view name);
// The canonical (short) mermaid name of a shape: "rect", "diam", "lean-r"...
std::string_view shape_name(Shape shape);

}  // namespace merrow
