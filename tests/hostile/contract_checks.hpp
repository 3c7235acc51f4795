// Stage contracts that are cheap to check on any output: spans inside the
// text, indices inside the model, finite geometry. Each function names the
// first broken contract, or returns "" when all hold. Shared by the hostile
// tests (CHECK(...empty())) and the fuzzers (abort, so libFuzzer keeps the input).
#pragma once
#include <cmath>
#include <string>
#include <variant>
#include <vector>

#include "layout/result.hpp"
#include "model/diagram.hpp"
#include "model/source.hpp"

namespace merrow::contracts {

inline bool inside(Span span, const Source& source) {
  return span.begin <= span.end && span.end <= source.text().size();
}

inline std::string diagnostics_violation(const std::vector<Diagnostic>& diagnostics,
                                         const Source& source) {
  for (const auto& d : diagnostics) {
    if (d.code.empty() || d.message.empty()) return "a diagnostic without code or message";
    if (!inside(d.span, source)) return d.code + ": span outside the text";
    for (const auto& note : d.notes)
      if (note.span && !inside(*note.span, source)) return d.code + ": note span outside the text";
    if (d.fix)
      for (const auto& edit : d.fix->edits)
        if (!inside(edit.span, source)) return d.code + ": fix span outside the text";
    // Emitters ask for these to show the caret line.
    (void)source.position(d.span.begin);
    (void)source.line_at(d.span.begin);
  }
  return "";
}

// "Every span in the model is a byte range into Source::text()" (model/source.hpp),
// and every index points into its vector.
inline std::string model_violation(const ParseResult& parsed, const Source& source) {
  if (const auto* chart = std::get_if<Flowchart>(&parsed.diagram)) {
    const auto end_valid = [&](const EdgeEnd& end) {
      return end.kind == EdgeEnd::Kind::node ? end.index < chart->nodes.size()
                                             : end.index < chart->subgraphs.size();
    };
    for (const auto& node : chart->nodes)
      if (!inside(node.span, source)) return "node " + node.id + ": span outside the text";
    for (const auto& edge : chart->edges) {
      if (!inside(edge.span, source)) return "edge span outside the text";
      if (!end_valid(edge.from) || !end_valid(edge.to)) return "edge end outside the model";
    }
    for (const auto& sub : chart->subgraphs) {
      if (!inside(sub.span, source)) return "subgraph " + sub.id + ": span outside the text";
      for (auto member : sub.nodes)
        if (member >= chart->nodes.size()) return "subgraph " + sub.id + ": member outside the model";
    }
  } else if (const auto* map = std::get_if<Mindmap>(&parsed.diagram)) {
    for (const auto& node : map->nodes) {
      if (!inside(node.span, source)) return "mindmap node span outside the text";
      if (node.parent >= static_cast<int64_t>(map->nodes.size())) return "mindmap parent outside the model";
    }
  }
  return "";
}

inline bool finite_box(const Box& box) {
  return std::isfinite(box.cx) && std::isfinite(box.cy) && std::isfinite(box.width) &&
         std::isfinite(box.height) && box.width >= 0 && box.height >= 0;
}

inline std::string layout_violation(const LayoutResult& result) {
  if (!std::isfinite(result.width) || !std::isfinite(result.height) || result.width < 0 ||
      result.height < 0)
    return "layout size not finite and non-negative";
  for (const auto& node : result.nodes)
    if (!finite_box(node.box)) return "node " + node.id + ": box not finite";
  for (const auto& cluster : result.clusters)
    if (!finite_box(cluster.box)) return "cluster " + cluster.id + ": box not finite";
  for (const auto& edge : result.edges)
    for (const auto& point : edge.points)
      if (!std::isfinite(point.x) || !std::isfinite(point.y))
        return "edge " + edge.from + "->" + edge.to + ": point not finite";
  return "";
}

}  // namespace merrow::contracts
