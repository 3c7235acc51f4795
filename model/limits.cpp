#include "model/limits.hpp"

#include <algorithm>
#include <cmath>

#include <nlohmann/json.hpp>
#include <string>
#include <type_traits>

namespace merrow {
namespace {

struct LimitText {
  std::string_view what;  // "nodes": the unit the limit counts
  std::string_view flag;  // "--max-nodes"
};

LimitText text_of(LimitKind kind) {
  switch (kind) {
    case LimitKind::input_bytes: return {"bytes of input", "--max-input-bytes"};
    case LimitKind::nodes: return {"nodes", "--max-nodes"};
    case LimitKind::edges: return {"edges", "--max-edges"};
    case LimitKind::label_bytes: return {"bytes in one label", "--max-label-bytes"};
    case LimitKind::nesting: return {"levels of nesting", "--max-nesting"};
    case LimitKind::output_pixels: break;
  }
  return {"output pixels", "--max-output-pixels"};
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
void check_count(std::vector<Diagnostic>& out, const Source& source, const Items& items, LimitKind kind,
                 const Limits& limits) {
  const uint64_t limit = limit_value(kind, limits);
  if (items.size() <= limit) return;
  out.push_back(limit_exceeded(kind, items.size(), Counted::whole, limits,
                               clamp(span_of_item(items, static_cast<size_t>(limit)), source)));
}

void check_offender(std::vector<Diagnostic>& out, const Source& source, const Offender& offender, LimitKind kind,
                    const Limits& limits) {
  if (offender.size <= limit_value(kind, limits)) return;
  out.push_back(limit_exceeded(kind, offender.size, Counted::whole, limits, clamp(offender.span, source)));
}

}  // namespace

uint64_t limit_value(LimitKind kind, const Limits& limits) {
  switch (kind) {
    case LimitKind::input_bytes: return limits.max_input_bytes;
    case LimitKind::nodes: return limits.max_nodes;
    case LimitKind::edges: return limits.max_edges;
    case LimitKind::label_bytes: return limits.max_label_bytes;
    case LimitKind::nesting: return limits.max_nesting;
    case LimitKind::output_pixels: break;
  }
  return limits.max_output_pixels;
}

Diagnostic limit_exceeded(LimitKind kind, uint64_t size, Counted counted, const Limits& limits, Span span) {
  const auto [what, flag] = text_of(kind);
  const std::string limit = std::to_string(limit_value(kind, limits));
  Diagnostic d;
  d.code = std::string(limit_exceeded_code);
  d.name = std::string(limit_exceeded_name);
  d.severity = Severity::error;
  d.message = counted == Counted::whole
                  ? "the diagram has " + std::to_string(size) + " " + std::string(what) + ", more than the limit of " + limit
                  : "the diagram has more than the limit of " + limit + " " + std::string(what) +
                        "; merrow stopped reading it here";
  d.span = span;
  d.label = "limit of " + limit + " " + std::string(what) + " exceeded";
  d.notes.push_back({"raise the limit with " + std::string(flag) + "=N if the diagram is meant to be this large",
                     std::nullopt});
  return d;
}

std::optional<Diagnostic> check_input_size(const Source& source, const Limits& limits) {
  const uint64_t bytes = source.text().size();
  if (bytes <= limits.max_input_bytes) return std::nullopt;
  return limit_exceeded(LimitKind::input_bytes, bytes, Counted::whole, limits, clamp({0, 0}, source));
}

std::vector<Diagnostic> check_limits(const Source& source, const ParseResult& parsed,
                                     const Limits& limits) {
  std::vector<Diagnostic> out;
  if (auto too_big = check_input_size(source, limits)) out.push_back(std::move(*too_big));
  std::visit(
      [&](const auto& diagram) {
        using T = std::decay_t<decltype(diagram)>;
        if constexpr (std::is_same_v<T, Flowchart>) {
          check_count(out, source, diagram.nodes, LimitKind::nodes, limits);
          check_count(out, source, diagram.edges, LimitKind::edges, limits);
        } else if constexpr (std::is_same_v<T, Mindmap>) {
          check_count(out, source, diagram.nodes, LimitKind::nodes, limits);
        }
        if constexpr (!std::is_same_v<T, std::monostate>) {
          check_offender(out, source, longest_label(diagram), LimitKind::label_bytes, limits);
          check_offender(out, source, deepest_nesting(diagram), LimitKind::nesting, limits);
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
  return limit_exceeded(LimitKind::output_pixels, shown, Counted::whole, limits, Span{});
}

std::optional<Diagnostic> accept_past_mermaid_edge_limit(ParseResult& parsed,
                                                         std::optional<uint64_t> site_max_edges) {
  auto& diagnostics = parsed.diagnostics;
  const auto m122 = std::find_if(diagnostics.begin(), diagnostics.end(),
                                 [](const Diagnostic& d) { return d.code == "M122"; });
  if (m122 == diagnostics.end()) return std::nullopt;
  Diagnostic warning = *m122;
  diagnostics.erase(std::remove_if(diagnostics.begin(), diagnostics.end(),
                                   [](const Diagnostic& d) { return d.code == "M122"; }),
                    diagnostics.end());
  const auto* chart = std::get_if<Flowchart>(&parsed.diagram);
  const uint64_t edges = chart ? chart->edges.size() : 0;
  const uint64_t limit = site_max_edges.value_or(kMermaidMaxEdges);
  if (edges <= limit) return std::nullopt;
  warning.severity = Severity::warning;
  warning.message = std::to_string(edges) + " links, more than mermaid's maxEdges (" + std::to_string(limit) +
                    "): mermaid refuses this diagram (\"Edge limit exceeded\"); merrow draws it anyway";
  warning.notes.push_back({"raise `maxEdges` in the site's mermaid config (`--config`) if mermaid must draw it too",
                           std::nullopt});
  return warning;
}

std::optional<uint64_t> site_max_edges(const nlohmann::json& site_config) {
  if (site_config.is_object() && site_config.contains("maxEdges") && site_config["maxEdges"].is_number_unsigned())
    return site_config["maxEdges"].get<uint64_t>();
  return std::nullopt;
}

}  // namespace merrow
