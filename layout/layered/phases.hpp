// The phase functions, in pipeline order (see pipeline.cpp). Each transform
// is paired with its undo; the contracts are at the top of each file.
#pragma once
#include "layout/layered/graph.hpp"

namespace merrow::layered {

Graph build_graph(const Input& input, const Options& options);  // build.cpp
void acyclic_run(Graph& graph);                                // acyclic.cpp
void nesting_run(Graph& graph);                                // nesting.cpp
void rank(Graph& graph);                                       // rank.cpp
void nesting_cleanup(Graph& graph);                            // nesting.cpp
void normalize_run(Graph& graph);                              // normalize.cpp
void add_border_segments(Graph& graph);                        // border_segments.cpp
void order(Graph& graph);                                      // order.cpp
void position(Graph& graph);                                   // position.cpp
Output route(const Graph& graph, const Input& input);          // route.cpp (undoes normalize + acyclic)

// The pipeline for one connected component, stopping after `until`.
Graph run_until(const Input& input, const Options& options, Phase until);

}  // namespace merrow::layered
