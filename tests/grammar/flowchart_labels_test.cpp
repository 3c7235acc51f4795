// decode_label and shape names.
#include <catch2/catch.hpp>

#include "model/label.hpp"
#include "model/shape.hpp"

using merrow::decode_label;
using merrow::Label;
using merrow::LabelFormat;

TEST_CASE("flowchart labels: <br> variants and line breaks split lines") {
  auto r = decode_label(Label{"a<br>b<BR/>c<br />d\ne", LabelFormat::plain});
  REQUIRE(r.lines.size() == 5);
  CHECK(r.lines[4].runs[0].text == "e");
}

TEST_CASE("flowchart labels: a written \\n breaks plain labels, not markdown strings") {
  auto plain = decode_label(Label{"Load Balancer\\n(e.g. nginx)", LabelFormat::plain});
  REQUIRE(plain.lines.size() == 2);
  CHECK(plain.lines[1].runs[0].text == "(e.g. nginx)");
  auto markdown = decode_label(Label{"md\\nbreak", LabelFormat::markdown});
  REQUIRE(markdown.lines.size() == 1);
  CHECK(markdown.lines[0].runs[0].text == "md\\nbreak");
}

TEST_CASE("flowchart labels: entity codes") {
  auto r = decode_label(Label{"#quot;x#quot; #9829; &amp; #35;", LabelFormat::plain});
  REQUIRE(r.lines.size() == 1);
  CHECK(r.lines[0].runs[0].text == "\"x\" \xE2\x99\xA5 & #");
}

TEST_CASE("flowchart labels: markdown strings fold blank lines as mermaid's preprocessMarkdown") {
  CHECK(decode_label(Label{"one\n\n\ntwo", LabelFormat::markdown}).lines.size() == 2);
  CHECK(decode_label(Label{"one\n\ntwo", LabelFormat::plain}).lines.size() == 3);
}

TEST_CASE("flowchart labels: markdown bold and italic runs") {
  auto r = decode_label(Label{"**bold** and _it_\n  next", LabelFormat::markdown});
  REQUIRE(r.lines.size() == 2);
  REQUIRE(r.lines[0].runs.size() == 3);
  CHECK(r.lines[0].runs[0].bold);
  CHECK(r.lines[0].runs[0].text == "bold");
  CHECK(r.lines[0].runs[2].italic);
  CHECK(r.lines[1].runs[0].text == "next");
}

TEST_CASE("flowchart labels: icons become icon runs") {
  auto r = decode_label(Label{"fa:fa-car Car", LabelFormat::plain});
  REQUIRE(r.lines[0].runs.size() == 2);
  CHECK(r.lines[0].runs[0].icon);
  CHECK(r.lines[0].runs[0].text == "fa:fa-car");
  CHECK(r.lines[0].runs[1].text == " Car");
}

TEST_CASE("flowchart shapes: names and aliases round-trip") {
  using merrow::Shape;
  CHECK(merrow::shape_from_name("diam") == Shape::diamond);
  CHECK(merrow::shape_from_name("decision") == Shape::diamond);
  CHECK(merrow::shape_from_name("lean-r") == Shape::lean_right);
  CHECK(merrow::shape_from_name("stored-data") == Shape::bow_rect);
  CHECK(merrow::shape_from_name("nope") == std::nullopt);
  for (int s = 0; s <= static_cast<int>(Shape::anchor); ++s) {
    const auto shape = static_cast<Shape>(s);
    INFO(merrow::shape_name(shape));
    CHECK(merrow::shape_from_name(merrow::shape_name(shape)) == shape);
  }
}
