// Crossings on generated charts with clusters (issue 13): merrow drew more
// than mermaid on some of them. Three of those, with the crossings counted
// the way mermaid-ref's layout-metrics counts them.
#include <catch2/catch.hpp>

#include "generated_charts.hpp"

using namespace merrow;
using namespace merrow::test;

namespace {

// gen-54
const Generated gen_54{Direction::LR, 20, {{1, 4, 10, 12, 19}, {0, 7, 9, 13, 14}, {2, 3, 5, 6, 11, 17}},
    {{0, 1, ""}, {0, 2, "e02"}, {0, 7, ""}, {0, 14, ""}, {2, 3, ""}, {2, 7, ""}, {3, 4, "e34"}, {3, 5, ""}, {3, 6, ""}, {3, 18, ""}, {4, 13, ""}, {5, 9, ""}, {5, 19, ""}, {6, 8, ""}, {6, 17, ""}, {7, 9, ""}, {9, 10, "e910"}, {9, 15, ""}, {10, 11, ""}, {10, 12, ""}, {15, 16, ""}}};

// gen-43
const Generated gen_43{Direction::LR, 20, {{3, 4, 9, 10, 11, 14}, {7, 18}, {1, 12, 13, 15, 19}},
    {{0, 1, ""}, {0, 8, ""}, {0, 9, ""}, {0, 15, ""}, {1, 2, ""}, {1, 9, ""}, {2, 3, ""}, {2, 5, ""}, {3, 4, ""}, {3, 15, ""}, {4, 6, "e46"}, {5, 7, ""}, {5, 13, "e513"}, {7, 13, ""}, {7, 19, ""}, {8, 10, "e810"}, {8, 16, ""}, {9, 14, ""}, {10, 11, ""}, {11, 12, ""}, {14, 19, "e1419"}, {15, 18, "e1518"}, {16, 17, ""}}};

// gen-56
const Generated gen_56{Direction::LR, 15, {{1, 3, 5, 7}, {13}, {4, 10, 14}, {9, 12}},
    {{0, 1, ""}, {0, 2, ""}, {0, 3, ""}, {0, 5, ""}, {0, 8, "e08"}, {0, 10, ""}, {0, 11, ""}, {0, 12, ""}, {1, 4, ""}, {2, 6, "e26"}, {2, 14, ""}, {4, 7, ""}, {4, 11, "e411"}, {6, 9, ""}, {7, 9, ""}, {7, 13, ""}, {13, 14, ""}}};

}  // namespace

TEST_CASE("generated charts with clusters cross no more than mermaid's drawings") {
  // mermaid 11.17.2 (mermaid-ref layout + metrics): gen-54 2, gen-43 16,
  // gen-56 5. Before sibling-cluster swaps, shuffled restarts and half-weight
  // cluster sides, merrow drew these 9, 20 and 6 (now 2, 9, 1 with the real font).
  CHECK(crossings(lay_out(gen_54)) <= 2);
  CHECK(crossings(lay_out(gen_43)) <= 16);
  CHECK(crossings(lay_out(gen_56)) <= 5);
  for (const Generated* g : {&gen_54, &gen_43, &gen_56}) CHECK(edges_through_nodes(lay_out(*g)) == 0);
}
