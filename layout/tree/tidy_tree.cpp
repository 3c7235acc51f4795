#include "layout/tree/tidy_tree.hpp"

#include <algorithm>
#include <limits>
#include <utility>

namespace merrow {

namespace {

struct Span {
  double top = 0, bottom = 0;
};

// levels.back() is the subtree's own root level; actual = stored + offset.
struct Contour {
  std::vector<Span> levels;
  double offset = 0;

  size_t depth() const { return levels.size(); }
  Span at(size_t level) const {
    const Span s = levels[levels.size() - 1 - level];
    return {s.top + offset, s.bottom + offset};
  }
};

double gap_at(const TidyForest& forest, size_t level) {
  return level == 0 ? forest.sibling_gap : forest.subtree_gap;
}

// Moves `next` below `above` until they clear on every shared level; returns
// how far `next` moved and leaves the union of both in `above`.
double stack_below(Contour& above, Contour&& next, const TidyForest& forest) {
  const size_t common = std::min(above.depth(), next.depth());
  double shift = std::numeric_limits<double>::lowest();
  for (size_t k = 0; k < common; ++k) {
    shift = std::max(shift, above.at(k).bottom - next.at(k).top + gap_at(forest, k));
  }
  if (next.depth() > above.depth()) {
    // Keep the deeper storage; `above` supplies the tops where both exist.
    next.offset += shift;
    for (size_t k = 0; k < common; ++k) {
      next.levels[next.depth() - 1 - k].top = above.at(k).top - next.offset;
    }
    above = std::move(next);
  } else {
    for (size_t k = 0; k < common; ++k) {
      above.levels[above.depth() - 1 - k].bottom = next.at(k).bottom + shift - above.offset;
    }
  }
  return shift;
}

// Post-order over one subtree with an explicit stack. rel[c] receives each
// child's centre relative to its parent's; returns the root's contour with
// the root centred on 0.
Contour lay_out_subtree(const TidyForest& forest, uint32_t root, std::vector<double>& rel) {
  struct Frame {
    uint32_t node;
    size_t next_child = 0;
    Contour merged;
  };
  std::vector<Frame> stack;
  stack.push_back({root, 0, {}});
  while (true) {
    Frame& top = stack.back();
    const std::vector<uint32_t>& kids = forest.children[top.node];
    if (top.next_child < kids.size()) {
      const uint32_t child = kids[top.next_child];
      stack.push_back({child, 0, {}});
      continue;
    }
    const double half = forest.size[top.node] / 2;
    Contour done = std::move(top.merged);
    if (!kids.empty()) {
      const double centre = (rel[kids.front()] + rel[kids.back()]) / 2;
      for (uint32_t child : kids) rel[child] -= centre;
      done.offset -= centre;
    }
    done.levels.push_back({-half - done.offset, half - done.offset});
    const uint32_t node = top.node;
    stack.pop_back();
    if (stack.empty()) return done;
    Frame& parent = stack.back();
    if (parent.next_child == 0) {
      rel[node] = 0;
      parent.merged = std::move(done);
    } else {
      rel[node] = stack_below(parent.merged, std::move(done), forest);
    }
    ++parent.next_child;
  }
}

}  // namespace

void tidy_stack(const TidyForest& forest, const std::vector<uint32_t>& roots,
                std::vector<double>& breadth) {
  if (roots.empty()) return;
  std::vector<double> rel(forest.size.size(), 0);
  std::vector<double> shift(roots.size(), 0);
  Contour merged;
  for (size_t i = 0; i < roots.size(); ++i) {
    Contour c = lay_out_subtree(forest, roots[i], rel);
    if (i == 0) {
      merged = std::move(c);
    } else {
      shift[i] = stack_below(merged, std::move(c), forest);
    }
  }
  const double centre = (shift.front() + shift.back()) / 2;
  std::vector<uint32_t> pending;
  for (size_t i = 0; i < roots.size(); ++i) {
    breadth[roots[i]] = shift[i] - centre;
    pending.push_back(roots[i]);
  }
  while (!pending.empty()) {
    const uint32_t node = pending.back();
    pending.pop_back();
    for (uint32_t child : forest.children[node]) {
      breadth[child] = breadth[node] + rel[child];
      pending.push_back(child);
    }
  }
}

std::vector<double> tidy_subtree_extents(const TidyForest& forest,
                                         const std::vector<uint32_t>& roots) {
  std::vector<double> rel(forest.size.size(), 0);
  std::vector<double> extents;
  extents.reserve(roots.size());
  for (uint32_t root : roots) {
    const Contour c = lay_out_subtree(forest, root, rel);
    double top = std::numeric_limits<double>::max(), bottom = std::numeric_limits<double>::lowest();
    for (size_t k = 0; k < c.depth(); ++k) {
      top = std::min(top, c.at(k).top);
      bottom = std::max(bottom, c.at(k).bottom);
    }
    extents.push_back(bottom - top);
  }
  return extents;
}

}  // namespace merrow
