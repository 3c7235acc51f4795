// Tiny hand-built inputs for the layered engine's phase tests.
#pragma once
#include <initializer_list>
#include <utility>

#include "layout/layered/layered.hpp"

namespace merrow::layered::test {

inline Input chain_input(uint32_t nodes, std::initializer_list<std::pair<uint32_t, uint32_t>> edges) {
  Input input;
  for (uint32_t v = 0; v < nodes; ++v) input.nodes.push_back({40, 20, npos});
  for (auto [from, to] : edges) input.edges.push_back({from, to, 1, 1, std::nullopt});
  return input;
}

inline bool overlaps(const Box& a, const Box& b, double slack = 1e-6) {
  return a.left() < b.right() - slack && b.left() < a.right() - slack && a.top() < b.bottom() - slack &&
         b.top() < a.bottom() - slack;
}

inline bool contains(const Box& outer, const Box& inner, double slack = 1e-6) {
  return inner.left() >= outer.left() - slack && inner.right() <= outer.right() + slack &&
         inner.top() >= outer.top() - slack && inner.bottom() <= outer.bottom() + slack;
}

}  // namespace merrow::layered::test
