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

TEST_CASE("text reaching the wrap width wraps at spaces to exactly that width (mermaid's html labels)") {
  const FixedWidthMeasurer measurer(0.5);  // 8 px per character at 16 px
  const RichText text = plain({"aaaa bbbb cccc"});  // 112 px
  CHECK(layout_text(text, FontSpec{}, measurer, 0).lines.size() == 1);
  CHECK(layout_text(text, FontSpec{}, measurer, 120).lines.size() == 1);
  const TextBlock block = layout_text(text, FontSpec{}, measurer, 80);
  REQUIRE(block.lines.size() == 2);
  CHECK(block.lines[0].runs[0].run.text == "aaaa bbbb");
  CHECK(block.lines[1].runs[0].run.text == "cccc");
  CHECK(block.lines[0].width == 72);
  CHECK(block.width == 80);  // the div is `width: 80px`, not its widest line
  CHECK(block.height == 48);
}

TEST_CASE("a word wider than the wrap width widens the block and the trailing space must fit") {
  const FixedWidthMeasurer measurer(0.5);
  // "abcdefghijkl " is 104 px with its space: the block is that wide.
  const TextBlock block = layout_text(plain({"abcdefghijkl mn op"}), FontSpec{}, measurer, 80);
  CHECK(block.width == 104);
  REQUIRE(block.lines.size() == 2);
  CHECK(block.lines[1].runs[0].run.text == "mn op");
  // "aaa bbb " is 64 px and fits 64; "aaa bbb c" would need 72.
  const TextBlock tight = layout_text(plain({"aaa bbb ccc"}), FontSpec{}, measurer, 64);
  REQUIRE(tight.lines.size() == 2);
  CHECK(tight.lines[0].runs[0].run.text == "aaa bbb");
}

TEST_CASE("hyphens between letters and em dashes are break opportunities but '-1' is not") {
  const FixedWidthMeasurer measurer(0.5);
  const TextBlock block = layout_text(plain({"aaaa-bbbb-cccc"}), FontSpec{}, measurer, 80);
  REQUIRE(block.lines.size() == 2);
  CHECK(block.lines[0].runs[0].run.text == "aaaa-bbbb-");
  CHECK(layout_text(plain({"aaaaaaaaa -1234"}), FontSpec{}, measurer, 80).lines[1].runs[0].run.text == "-1234");
  const TextBlock dash = layout_text(plain({"aaaa\xE2\x80\x94" "bbbb\xE2\x80\x94" "cccc"}), FontSpec{}, measurer, 80);
  REQUIRE(dash.lines.size() == 2);
  CHECK(dash.lines[1].runs[0].run.text == "cccc");
}

TEST_CASE("a label with <br> lines wraps every line once its widest reaches the width") {
  const FixedWidthMeasurer measurer(0.5);
  const TextBlock block = layout_text(plain({"ab", "aaaa bbbb cccc"}), FontSpec{}, measurer, 80);
  CHECK(block.lines.size() == 3);
  CHECK(block.width == 80);
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

TEST_CASE("CJK text breaks between ideographs but not before closing punctuation") {
  const FixedWidthMeasurer measurer(0.5);  // 8 px per code point
  // 12 ideographs and a full stop, 104 px, wrapped at 80: ten ideographs, then
  // two and the full stop, which never starts a line.
  const TextBlock block =
      layout_text(plain({"\xE5\x9B\xA0\xE4\xB8\xBA\xE6\x98\xAF\xE8\xA1\x8C\xE4\xB8\xBA\xE6\xA0\x91"
                         "\xE6\x89\x80\xE4\xBB\xA5\xE4\xB9\x9F\xE5\xB0\xB1\xE4\xB8\x8D\xE9\x9C\x80\xE3\x80\x82"}),
                  FontSpec{}, measurer, 80);
  REQUIRE(block.lines.size() == 2);
  CHECK(block.width == 80);
  CHECK(block.lines[0].width == 80);
  CHECK(block.lines[1].width == 24);
  const TextBlock tight = layout_text(plain({"\xE5\x9B\xA0\xE4\xB8\xBA\xE6\x98\xAF\xE3\x80\x82"}), FontSpec{}, measurer, 24);
  REQUIRE(tight.lines.size() == 2);
  CHECK(tight.lines[1].width == 16);  // "是。" moves together
}

TEST_CASE("a label of only spaces is blank (node labels take no room)") {
  CHECK(is_blank(plain({" "})));
  CHECK(is_blank(plain({""})));
  CHECK_FALSE(is_blank(plain({" a "})));
  CHECK_FALSE(is_blank(plain({" ", " "})));
}
