// Mirrors layout/text/text_block.cpp.
#include <catch2/catch.hpp>

#include "layout/text/text_block.hpp"

using namespace merrow;

namespace {

RichText plain(std::initializer_list<const char*> lines) {
  RichText text;
  for (const char* line : lines) text.lines.push_back({{TextRun{line}}});
  return text;
}

}  // namespace

TEST_CASE("a line is 1.5 font sizes tall (mermaid's html label line-height)") {
  const FixedWidthMeasurer measurer(0.5);
  const TextBlock block = layout_text(plain({"Hello"}), FontSpec{}, measurer, 200);
  CHECK(block.height == 24);
  CHECK(block.width == 40);
  REQUIRE(block.lines.size() == 1);
  CHECK(block.lines[0].baseline == Approx(4 + 12.8));  // half-leading + ascent
}

TEST_CASE("lines stack; the block is as wide as its widest line") {
  const FixedWidthMeasurer measurer(0.5);
  const TextBlock block = layout_text(plain({"ab", "abcd"}), FontSpec{}, measurer, 0);
  CHECK(block.height == 48);
  CHECK(block.width == 32);
  CHECK(block.lines[1].baseline - block.lines[0].baseline == Approx(24));
}

TEST_CASE("markdown text wraps at word boundaries; plain text does not") {
  const FixedWidthMeasurer measurer(0.5);  // 8 px per character at 16 px
  RichText text = plain({"aaaa bbbb cccc"});
  CHECK(layout_text(text, FontSpec{}, measurer, 80).lines.size() == 1);
  text.wraps = true;
  const TextBlock block = layout_text(text, FontSpec{}, measurer, 80);
  REQUIRE(block.lines.size() == 2);
  CHECK(block.lines[0].runs[0].run.text == "aaaa bbbb");
  CHECK(block.lines[1].runs[0].run.text == "cccc");
  CHECK(block.width == 72);
}

TEST_CASE("bold and italic runs keep their style and positions") {
  const FixedWidthMeasurer measurer(0.5);
  RichText text;
  text.lines.push_back({{TextRun{"ab", false, false}, TextRun{"cd", true, false}}});
  const TextBlock block = layout_text(text, FontSpec{}, measurer, 0);
  REQUIRE(block.lines[0].runs.size() == 2);
  CHECK(block.lines[0].runs[1].font.bold);
  CHECK(block.lines[0].runs[1].x == 16);
}
