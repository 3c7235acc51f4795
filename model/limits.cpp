#include "model/limits.hpp"

#include <algorithm>
#include <cmath>
#include <string>
#include <type_traits>

namespace merrow {
namespace {

// One M190 diagnostic: what was counted, how many, the limit and the flag
// that raises it, so the message alone tells the user what to do.
Diagnostic limit_exceeded(std::string_view what, uint64_t actual, uint64_t limit,
                          std::string_view flag, Span span) {
  Diagnostic d;
  d.code = std::string(limit_exceeded_code);
  d.name = std::string(limit_exceeded_name);
  d.severity = Severity::error;
  d.message = "the diagram has " + std::to_string(actual) + " " + std::string(what) +
              ", more than the limit of " + std::to_string(limit);
  d.span = span;
  d.label = "limit of " + std::to_string(limit) + " " + std::string(what) + " exceeded";
  d.notes.push_back({"raise the limit with " + std::string(flag) + "=N if the diagram is meant to be this large",
                     std::nullopt});
  return d;
}

// Spans from the model are trusted to lie inside the text, but a diagnostic
// about a limit must never be the one that points outside it.
Span clamp(Span span, const Source& source) {
  const auto size = static_cast<uint32_t>(std::min<size_t>(source.text().size(), UINT32_MAX));
  span.begin = std::min(span.begin, size);
  span.end = std::clamp(span.end, span.begin, size);
  return span;
}

struct Offender {
  uint64_t size = 0;
  Span span;
};

void keep_largest(Offender& largest, uint64_t size, Span span) {
  if (size > largest.size) largest = {size, span};
}

Offender longest_label(const Flowchart& chart) {
  Offender longest;
  for (const auto& node : chart.nodes) keep_largest(longest, node.label.text.size(), node.span);
  for (const auto& edge : chart.edges) keep_largest(longest, edge.label.text.size(), edge.span);
  for (const auto& sub : chart.subgraphs) keep_largest(longest, sub.title.text.size(), sub.span);
  return longest;
}

Offender longest_label(const Mindmap& map) {
  Offender longest;
  for (const auto& node : map.nodes) keep_largest(longest, node.label.text.size(), node.span);
  return longest;
}

// Subgraphs are stored parents before children, so one forward pass gives
// every depth without recursion (the nesting may be 100,000 deep).
Offender deepest_nesting(const Flowchart& chart) {
  Offender deepest;
  std::vector<uint64_t> depth(chart.subgraphs.size(), 0);
  for (size_t i = 0; i < chart.subgraphs.size(); ++i) {
    const auto& parent = chart.subgraphs[i].parent;
    depth[i] = 1 + (parent && *parent < i ? depth[*parent] : 0);
    keep_largest(deepest, depth[i], chart.subgraphs[i].span);
  }
  return deepest;
}

Offender deepest_nesting(const Mindmap& map) {
  Offender deepest;
  for (const auto& node : map.nodes) keep_largest(deepest, node.depth, node.span);
  return deepest;
}

Span span_of_item(const std::vector<Node>& nodes, size_t i) { return nodes[i].span; }
Span span_of_item(const std::vector<Edge>& edges, size_t i) { return edges[i].span; }
Span span_of_item(const std::vector<MindmapNode>& nodes, size_t i) { return nodes[i].span; }

// Counts over the limit point at the first item past it.
template <class Items>
void check_count(std::vector<Diagnostic>& out, const Source& source, const Items& items,
                 uint64_t limit, std::string_view what, std::string_view flag) {
  if (items.size() <= limit) return;
  out.push_back(limit_exceeded(what, items.size(), limit, flag,
                               clamp(span_of_item(items, static_cast<size_t>(limit)), source)));
}

void check_offender(std::vector<Diagnostic>& out, const Source& source, const Offender& offender,
                    uint64_t limit, std::string_view what, std::string_view flag) {
  if (offender.size <= limit) return;
  out.push_back(limit_exceeded(what, offender.size, limit, flag, clamp(offender.span, source)));
}

}  // namespace

std::optional<Diagnostic> check_input_size(const Source& source, const Limits& limits) {
  const uint64_t bytes = source.text().size();
  if (bytes <= limits.max_input_bytes) return std::nullopt;
  return limit_exceeded("bytes of input", bytes, limits.max_input_bytes, "--max-input-bytes",
                        clamp({0, 0}, source));
}

std::vector<Diagnostic> check_limits(const Source& source, const ParseResult& parsed,
                                     const Limits& limits) {
  std::vector<Diagnostic> out;
  if (auto too_big = check_input_size(source, limits)) out.push_back(std::move(*too_big));
  std::visit(
      [&](const auto& diagram) {
        using T = std::decay_t<decltype(diagram)>;
        if constexpr (std::is_same_v<T, Flowchart>) {
          check_count(out, source, diagram.nodes, limits.max_nodes, "nodes", "--max-nodes");
          check_count(out, source, diagram.edges, limits.max_edges, "edges", "--max-edges");
        } else if constexpr (std::is_same_v<T, Mindmap>) {
          check_count(out, source, diagram.nodes, limits.max_nodes, "nodes", "--max-nodes");
        }
        if constexpr (!std::is_same_v<T, std::monostate>) {
          check_offender(out, source, longest_label(diagram), limits.max_label_bytes,
                         "bytes in one label", "--max-label-bytes");
          check_offender(out, source, deepest_nesting(diagram), limits.max_nesting,
                         "levels of nesting", "--max-nesting");
        }
      },
      parsed.diagram);
  return out;
}

std::optional<Diagnostic> check_output_pixels(double width, double height, double scale,
                                              const Limits& limits) {
  const double pixels = std::ceil(width * scale) * std::ceil(height * scale);
  // NaN or infinite sizes come from broken geometry; they are never "within" a limit.
  if (std::isfinite(pixels) && pixels >= 0 && pixels <= static_cast<double>(limits.max_output_pixels))
    return std::nullopt;
  const uint64_t shown = std::isfinite(pixels) && pixels >= 0 && pixels < 1.8e19
                             ? static_cast<uint64_t>(pixels)
                             : UINT64_MAX;
  return limit_exceeded("output pixels", shown, limits.max_output_pixels, "--max-output-pixels",
                        Span{});
}

}  // namespace merrow
