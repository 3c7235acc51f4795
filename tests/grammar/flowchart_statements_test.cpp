// Header, separators, comments, styles, classes, linkStyle, click, accessibility.
#include <catch2/catch.hpp>

#include "flowchart_test_util.hpp"

using merrow::Direction;
using merrow::test::parse_text;

TEST_CASE("flowchart statements: header directions") {
  struct Case {
    const char* header;
    Direction direction;
  };
  const Case cases[] = {{"graph TD", Direction::TB}, {"graph TB", Direction::TB}, {"flowchart BT", Direction::BT},
                        {"graph LR", Direction::LR}, {"graph RL", Direction::RL}, {"graph >", Direction::LR},
                        {"graph <", Direction::RL},  {"graph ^", Direction::BT},  {"graph v", Direction::TB},
                        {"flowchart-elk LR", Direction::LR}};
  for (const auto& c : cases) {
    auto p = parse_text(std::string(c.header) + "\nA-->B\n");
    INFO(c.header << " -> " << p.codes());
    REQUIRE(p.ok());
    CHECK(p.chart.direction == c.direction);
  }
  CHECK(parse_text("graph\nA-->B\n").ok());
  CHECK(parse_text("graph LR").ok());  // mermaid appends "\n"
  CHECK(parse_text("graph TD;A-->B;").ok());
  CHECK_FALSE(parse_text("graph XY\nA-->B\n").ok());
  CHECK_FALSE(parse_text("graph TD A-->B\n").ok());
}

TEST_CASE("flowchart statements: separators, blank lines, tabs, CRLF and comments") {
  auto p = parse_text("graph TD\r\n\tA-->B;B-->C  \r\n\r\n%% a comment\n  C-->D\n%%{init: {}}%%\n");
  INFO(p.codes());
  REQUIRE(p.ok());
  CHECK(p.chart.edges.size() == 3);
}

TEST_CASE("flowchart statements: style, classDef, class") {
  auto p = parse_text(
      "graph TD\nA-->B\nstyle A fill:#f9f,stroke:#333,stroke-width:4px\nclassDef hot,warm fill:#f00\n"
      "classDef default stroke:#000\nclass A,B hot\n");
  INFO(p.codes());
  REQUIRE(p.ok());
  const auto& a = p.node("A");
  REQUIRE(a.style.size() == 3);
  CHECK(a.style[0].property == "fill");
  CHECK(a.style[0].value == "#f9f");
  CHECK(a.style[2].property == "stroke-width");
  REQUIRE(p.chart.class_defs.size() == 3);
  CHECK(p.chart.class_defs[1].name == "warm");
  CHECK(p.chart.class_defs[2].name == "default");
  CHECK(p.node("B").classes == std::vector<std::string>{"hot"});
  REQUIRE(p.chart.class_statements.size() == 1);
  CHECK(p.chart.class_statements[0].targets == std::vector<std::string>{"A", "B"});
  REQUIRE(p.chart.style_statements.size() == 1);
  CHECK(p.chart.style_statements[0].target == "A");
}

TEST_CASE("flowchart statements: style on an unknown id creates the vertex (as mermaid does)") {
  auto p = parse_text("graph TD\nstyle Z fill:red\n");
  REQUIRE(p.ok());
  CHECK(p.chart.node_by_id.contains("Z"));
}

TEST_CASE("flowchart statements: linkStyle with indices, default and interpolate") {
  auto p = parse_text("graph TD\nA-->B\nB-->C\nlinkStyle 0,1 stroke:#f00\nlinkStyle default interpolate basis stroke:blue\n");
  INFO(p.codes());
  REQUIRE(p.ok());
  REQUIRE(p.chart.link_styles.size() == 2);
  CHECK(p.chart.link_styles[0].indices == std::vector<uint32_t>{0, 1});
  CHECK(p.chart.link_styles[1].is_default);
  CHECK(p.chart.link_styles[1].interpolate == std::optional<std::string>("basis"));
  CHECK(p.chart.edges[0].style.size() == 2);
  CHECK(p.chart.edges[1].curve == std::optional<std::string>("basis"));
}

TEST_CASE("flowchart statements: linkStyle past the last link is an error") {
  CHECK(parse_text("graph TD\nA-->B\nlinkStyle 1 stroke:red\n").codes() == "M119");
}

TEST_CASE("flowchart statements: click in all forms") {
  auto p = parse_text(
      "graph TD\nA-->B\nclick A callback \"tip\"\nclick B call doIt(1, 2)\nclick A href \"https://x.org\" \"go\" _blank\n"
      "click B \"https://y.org\"\n");
  INFO(p.codes());
  REQUIRE(p.ok());
  REQUIRE(p.chart.clicks.size() == 4);
  CHECK(p.chart.clicks[0].kind == merrow::Click::Kind::callback);
  CHECK(p.chart.clicks[0].function == "callback");
  CHECK(p.chart.clicks[0].tooltip == "tip");
  CHECK(p.chart.clicks[1].kind == merrow::Click::Kind::call);
  CHECK(p.chart.clicks[1].function == "doIt");
  CHECK(p.chart.clicks[1].args == "1, 2");
  CHECK(p.chart.clicks[2].href == "https://x.org");
  CHECK(p.chart.clicks[2].target_window == "_blank");
  CHECK(p.node("A").link == std::optional<std::string>("https://x.org"));
  CHECK(p.node("B").link == std::optional<std::string>("https://y.org"));
}

TEST_CASE("flowchart statements: accessibility") {
  auto p = parse_text("graph TD\naccTitle: The title\naccDescr {\n  line one\n  line two\n}\nA-->B\n");
  INFO(p.codes());
  REQUIRE(p.ok());
  CHECK(p.chart.acc_title == "The title");
  CHECK(p.chart.acc_descr == "line one\n  line two");
  auto q = parse_text("graph TD\naccDescr: short\n");
  CHECK(q.chart.acc_descr == "short");
}
