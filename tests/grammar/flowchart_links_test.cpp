// Links: strokes, heads, lengths, labels, chains, ids and edge data.
#include <catch2/catch.hpp>

#include "flowchart_test_util.hpp"

using merrow::Head;
using merrow::Stroke;
using merrow::test::parse_text;

TEST_CASE("flowchart links: stroke, heads and length of every link form") {
  struct Case {
    const char* link;
    Stroke stroke;
    Head start, end;
    uint32_t length;
  };
  const Case cases[] = {
      {"-->", Stroke::normal, Head::none, Head::arrow, 1},     {"---", Stroke::normal, Head::none, Head::none, 1},
      {"---->", Stroke::normal, Head::none, Head::arrow, 3},   {"----", Stroke::normal, Head::none, Head::none, 2},
      {"-.->", Stroke::dotted, Head::none, Head::arrow, 1},    {"-...->", Stroke::dotted, Head::none, Head::arrow, 3},
      {"-.-", Stroke::dotted, Head::none, Head::none, 1},      {"==>", Stroke::thick, Head::none, Head::arrow, 1},
      {"===>", Stroke::thick, Head::none, Head::arrow, 2},     {"~~~", Stroke::invisible, Head::none, Head::none, 1},
      {"--x", Stroke::normal, Head::none, Head::cross, 1},     {"--o", Stroke::normal, Head::none, Head::circle, 1},
      {"<-->", Stroke::normal, Head::arrow, Head::arrow, 1},   {"x--x", Stroke::normal, Head::cross, Head::cross, 1},
      {"o--o", Stroke::normal, Head::circle, Head::circle, 1}, {"<==>", Stroke::thick, Head::arrow, Head::arrow, 1},
  };
  for (const auto& c : cases) {
    auto p = parse_text(std::string("graph TD\nA ") + c.link + " B\n");
    INFO(c.link << " -> " << p.codes());
    REQUIRE(p.ok());
    REQUIRE(p.chart.edges.size() == 1);
    const auto& e = p.chart.edges[0];
    CHECK(e.stroke == c.stroke);
    CHECK(e.head_start == c.start);
    CHECK(e.head_end == c.end);
    CHECK(e.length == c.length);
  }
}

TEST_CASE("flowchart links: labels in every form") {
  const char* forms[] = {"A-- text -->B", "A-->|text|B", "A-. text .->B", "A== text ==>B", "A-- \"text\" -->B",
                         "A---|text| B"};
  for (const char* form : forms) {
    auto p = parse_text(std::string("graph TD\n") + form + "\n");
    INFO(form << " -> " << p.codes());
    REQUIRE(p.ok());
    REQUIRE(p.chart.edges.size() == 1);
    CHECK(p.chart.edges[0].has_label);
    CHECK(p.chart.edges[0].label.text == "text");
  }
  auto p = parse_text("graph TD\nA<-- both -->B\n");
  REQUIRE(p.ok());
  CHECK(p.chart.edges[0].head_start == Head::arrow);
}

TEST_CASE("flowchart links: chains and the & cross product") {
  auto p = parse_text("graph LR\nA-->B-->C\nA & B --> C & D\n");
  REQUIRE(p.ok());
  REQUIRE(p.chart.edges.size() == 6);
  CHECK(p.chart.nodes.size() == 4);
}

TEST_CASE("flowchart links: edge ids and edge data") {
  auto p = parse_text("flowchart LR\nA e1@--> B\ne1@{ animate: true, curve: linear }\n");
  INFO(p.codes());
  REQUIRE(p.ok());
  REQUIRE(p.chart.edges.size() == 1);
  REQUIRE(p.chart.edges[0].id);
  CHECK(*p.chart.edges[0].id == "e1");
  CHECK(p.chart.edges[0].animate);
  CHECK(p.chart.edges[0].curve == std::optional<std::string>("linear"));
  CHECK_FALSE(p.chart.node_by_id.contains("e1"));
}

TEST_CASE("flowchart links: a link label may span lines, a broken one is an error") {
  CHECK(parse_text("graph TD\nA-- two\nlines -->B\n").ok());
  CHECK_FALSE(parse_text("graph TD\nA-- text ==>B\n").ok());
  CHECK_FALSE(parse_text("graph TD\nA-->\n").ok());
  CHECK_FALSE(parse_text("graph TD\nA-->|text B\n").ok());
}
