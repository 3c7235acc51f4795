// Cluster titles in LR and RL charts stay clear of edges and edge labels
// (issue 13, point 4; TB/BT are in cluster_chain_test). There the title spans
// the cluster's top, across the ranks edges run along, so an edge from a
// member to a node above the cluster crosses the top where mermaid centres
// the title; the title moves along the top to where nothing crosses it.
#include <catch2/catch.hpp>

#include "layered_fixtures.hpp"
#include "layout/result.hpp"

using namespace merrow;
using namespace merrow::layered;

namespace {

bool inside(const Box& b, Point p) {
  return p.x > b.left() && p.x < b.right() && p.y > b.top() && p.y < b.bottom();
}

// cypress-flowchart-elk-1111 without elk: a member of G1 fans out to five
// nodes outside it (two of them land above G1) and to the other members,
// plus a bundle from one member into G2.
Input fan_out_of_cluster() {
  Input input;
  input.clusters = {{npos, 17, 24}, {npos, 17, 24}};  // G1, G2
  // N00, N11, N12, N13 in G1; N21, N22 in G2; N01..N05 outside.
  for (uint32_t c : {0u, 0u, 0u, 0u, 1u, 1u}) input.nodes.push_back({60, 54, c});
  for (int i = 0; i < 5; ++i) input.nodes.push_back({60, 54, npos});
  auto edge = [&](uint32_t a, uint32_t b) { input.edges.push_back({a, b, 1, 1, std::nullopt}); };
  for (uint32_t v = 6; v < 11; ++v) edge(0, v);
  for (uint32_t v : {1u, 2u, 3u, 5u}) edge(0, v);
  for (int i = 0; i < 5; ++i) edge(1, 5);
  return input;
}

// A labelled edge from a member to a node above the cluster, and one into it.
Input labels_near_title() {
  Input input;
  input.clusters = {{npos, 90, 24}};
  input.nodes = {{80, 40, 0}, {80, 40, 0}, {80, 40, npos}, {80, 40, npos}, {80, 40, npos}};
  input.edges = {{0, 1, 1, 1, std::nullopt}, {0, 2, 1, 1, Point{70, 24}}, {3, 1, 1, 1, Point{60, 24}},
                 {0, 4, 1, 1, std::nullopt}, {4, 1, 1, 1, std::nullopt}};
  return input;
}

}  // namespace

TEST_CASE("LR and RL cluster titles are clear of edges and edge labels") {
  for (Direction d : {Direction::LR, Direction::RL}) {
    for (const Input& input : {fan_out_of_cluster(), labels_near_title()}) {
      Options options;
      options.direction = d;
      const Output out = layout(input, options);
      for (size_t c = 0; c < out.clusters.size(); ++c) {
        const OutputCluster& cluster = out.clusters[c];
        INFO("direction " << static_cast<int>(d) << ", cluster " << c);
        CHECK(test::contains(cluster.box, cluster.title));
        int struck = 0;
        for (const auto& edge : out.edges) {
          bool hit = false;
          for (const Point& p : sample_path(curve_path(edge, Curve::basis), 1)) hit = hit || inside(cluster.title, p);
          struck += hit;
        }
        CHECK(struck == 0);
        for (const auto& label : out.edge_labels) if (label) CHECK_FALSE(test::overlaps(*label, cluster.title));
      }
    }
  }
}
