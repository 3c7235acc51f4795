#include <catch2/catch.hpp>

#include "model/source.hpp"

using merrow::Source;

TEST_CASE("Source maps offsets to host lines and character columns") {
  // The block starts at host line 10, indented by 2 characters.
  Source source("page.md", "graph TD\n  Æø --> B\n", 10, 2);
  CHECK(source.position(0).line == 10);
  CHECK(source.position(0).column == 3);
  // "  Æø --> B": the '-' is after two 2-byte letters, so its byte offset is 9+2+4+1
  const uint32_t dash = 9 + 2 + 4 + 1;
  CHECK(source.text()[dash] == '-');
  CHECK(source.position(dash).line == 11);
  CHECK(source.position(dash).column == 2 + 6);  // indent + "  Æø " is 5 chars -> column 6
  CHECK(source.line_at(dash) == "  Æø --> B");
  CHECK(source.line_count() == 3);
}

TEST_CASE("Source strips CR from the displayed line") {
  Source source("x.mmd", "graph\r\nA-->B\r\n");
  CHECK(source.line_at(0) == "graph");
  CHECK(source.position(8).line == 2);
}
