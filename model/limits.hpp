// Resource limits: how big a diagram merrow agrees to process. Hostile or
// accidental input (a generated 10-million-node graph, a 1 GB label) must end
// in a clear diagnostic instead of exhausting memory or time. The defaults are
// far above any diagram a person writes, so only machines hit them; every
// limit has a CLI flag to raise it.
#pragma once
#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "model/diagnostic.hpp"
#include "model/diagram.hpp"
#include "model/source.hpp"

namespace merrow {

struct Limits {
  uint64_t max_input_bytes = 50ull * 1024 * 1024;  // --max-input-bytes
  uint64_t max_nodes = 200'000;                    // --max-nodes
  uint64_t max_edges = 500'000;                    // --max-edges
  uint64_t max_label_bytes = 1024 * 1024;          // --max-label-bytes
  uint64_t max_nesting = 100'000;                  // --max-nesting (subgraph or mindmap depth)
  uint64_t max_output_pixels = 100'000'000;        // --max-output-pixels (width * height)
};

// The diagnostic code and name every limit reports under.
inline constexpr std::string_view limit_exceeded_code = "M190";
inline constexpr std::string_view limit_exceeded_name = "limit-exceeded";

// One field of Limits; limits.cpp alone knows what each counts and its flag.
enum class LimitKind : uint8_t { input_bytes, nodes, edges, label_bytes, nesting, output_pixels };

uint64_t limit_value(LimitKind kind, const Limits& limits);

// How the size in an M190 message was found: `whole`, all of it was counted;
// `until_stop`, a parser counted up to the item that crossed the limit and
// stopped reading there (the text may hold many more).
enum class Counted : uint8_t { whole, until_stop };

// The M190 diagnostic every check below reports: what was counted, the limit,
// and the flag that raises it, so the message alone tells the user what to do.
Diagnostic limit_exceeded(LimitKind kind, uint64_t size, Counted counted, const Limits& limits, Span span);

// Before parsing: is the text small enough to parse at all?
std::optional<Diagnostic> check_input_size(const Source& source, const Limits& limits);

// After parsing: input size, node and edge counts, label lengths and nesting
// depth. One diagnostic per exceeded limit (the first offender's span), in the
// order of the Limits fields. (The grammars count the same while they build
// the model and stop at the first limit crossed: see grammar/common/limit_guard.hpp.)
std::vector<Diagnostic> check_limits(const Source& source, const ParseResult& parsed,
                                     const Limits& limits);

// Before rasterising: width * height at `scale` (device pixels) within bounds?
// The span is empty: the size is a property of the whole drawing.
std::optional<Diagnostic> check_output_pixels(double width, double height, double scale,
                                              const Limits& limits);

// mermaid's default `maxEdges`: flowDb refuses the 501st link ("Edge limit
// exceeded", M122). Only the site's configuration raises it (mermaid.initialize,
// mmdc --configFile); a diagram's own %%{init}%% or front matter cannot.
inline constexpr uint64_t kMermaidMaxEdges = 500;

// For render and layout, which draw what mermaid refuses: removes the M122
// error from `parsed` and returns it as a warning saying mermaid would refuse
// the diagram, or nothing when there is no M122 or the site's maxEdges
// (`site_max_edges`, from --config) admits every edge, as mermaid would.
std::optional<Diagnostic> accept_past_mermaid_edge_limit(ParseResult& parsed,
                                                         std::optional<uint64_t> site_max_edges);

// The site's maxEdges (a --config / configFile object), when it sets one.
std::optional<uint64_t> site_max_edges(const nlohmann::json& site_config);

}  // namespace merrow
