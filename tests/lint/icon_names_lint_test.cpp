// M220 with Font Awesome 5/6 names (issue 13 point 9): a name with a 4.7
// equivalent says which glyph merrow draws; one without says nothing is drawn.
// Needs the installed 4.7 stylesheet (fonts-font-awesome); skips without it.
#include <catch2/catch.hpp>

#include <sys/stat.h>

#include "lint_helpers.hpp"

using namespace merrow;
using namespace merrow::test;

namespace {
bool font_awesome_installed() {
  struct stat st {};
  const char* env = std::getenv("MERROW_FONT_AWESOME_DIR");
  const std::string dir = env && *env ? env : "/usr/share/fonts-font-awesome";
  return ::stat((dir + "/css/font-awesome.css").c_str(), &st) == 0;
}

std::string m220_message(const std::string& label) {
  ChartFixture f("flowchart TD\nA[" + label + "]-->B\n");
  f.node("A", label);
  f.edge("A", "B", "-->");
  for (const Diagnostic& d : f.lint())
    if (d.code == "M220") return d.message;
  return "";
}
}  // namespace

TEST_CASE("M220 names the 4.7 glyph drawn for a Font Awesome 5/6 name") {
  if (!font_awesome_installed()) return;  // nothing to compare with
  CHECK(m220_message("fa:fa-chart-line Sales").find("merrow draws 4.7's `fa-line-chart`") != std::string::npos);
  CHECK(m220_message("fas:fa-house Home").find("`fa-home`") != std::string::npos);
}

TEST_CASE("M220 says when a 5/6 name has no 4.7 equivalent") {
  if (!font_awesome_installed()) return;
  CHECK(m220_message("fa:fa-nonexistent-thing X").find("neither a Font Awesome 4.7 icon nor a 5/6 name") !=
        std::string::npos);
  // A plain 4.7 name keeps the stylesheet note only.
  CHECK(m220_message("fa:fa-car Car").find("only shows where the page loads") != std::string::npos);
}
