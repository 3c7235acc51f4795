// `fa:` icons end to end: with the font the label is wider and M220 only
// notes the page stylesheet; without it (MERROW_FONT_AWESOME_DIR pointing
// nowhere) the picture is the text alone and M220 says the font is not
// installed; an unknown name is named as such.
#include <catch2/catch.hpp>

#include <sys/stat.h>

#include <fstream>
#include <string>

#include "../render/image_compare.hpp"
#include "cli_runner.hpp"

using namespace merrow::test;

namespace {

bool font_awesome_installed() {
  struct stat st {};
  return ::stat("/usr/share/fonts-font-awesome/fonts/fontawesome-webfont.ttf", &st) == 0 &&
         ::stat("/usr/share/fonts-font-awesome/css/font-awesome.css", &st) == 0;
}

std::string write_chart(const std::string& name, const std::string& text) {
  const std::string path = scratch_dir() + "/" + name;
  std::ofstream(path, std::ios::binary) << text;
  return path;
}

}  // namespace

TEST_CASE("render: an icon is drawn when Font Awesome is installed, the text alone when not") {
  if (!font_awesome_installed()) {
    WARN("fonts-font-awesome is not installed: skipped");
    return;
  }
  const std::string chart = write_chart("icon.mmd", "flowchart LR\n  A[fa:fa-car Car]\n");
  const std::string with = scratch_dir() + "/icon-with.png", without = scratch_dir() + "/icon-without.png";
  REQUIRE(run_merrow("render '" + chart + "' -o '" + with + "'").status == 0);
  REQUIRE(run_merrow_env("MERROW_FONT_AWESOME_DIR=/nonexistent", "render '" + chart + "' -o '" + without + "'")
              .status == 0);
  const Image a = decode_png(read_file(with)), b = decode_png(read_file(without));
  REQUIRE(!a.empty());
  REQUIRE(!b.empty());
  CHECK(a.width == b.width + 20);  // the 1.25 em icon box at 16 px
  CHECK(a.height == b.height);
}

TEST_CASE("lint M220: not installed, unknown name, or only the page stylesheet") {
  const std::string chart =
      write_chart("icon-lint.mmd", "flowchart LR\n  A[fa:fa-car Car] --> B[fab:fa-nosuchicon X]\n");
  const Run missing = run_merrow_env("MERROW_FONT_AWESOME_DIR=/nonexistent", "lint --format concise '" + chart + "'");
  CHECK(missing.out.find("node `A` uses the Font Awesome icon `fa-car`, but Font Awesome is not installed") !=
        std::string::npos);
  CHECK(missing.out.find("node `B` uses the Font Awesome icon `fa-nosuchicon`, but Font Awesome is not installed") !=
        std::string::npos);
  if (!font_awesome_installed()) {
    WARN("fonts-font-awesome is not installed: the installed case is skipped");
    return;
  }
  const Run installed = run_merrow("lint --format concise '" + chart + "'");
  CHECK(installed.out.find("node `A` uses a Font Awesome icon, which only shows where the page loads") !=
        std::string::npos);
  CHECK(installed.out.find("node `B` uses `fa-nosuchicon`, which is neither a Font Awesome 4.7 icon nor a 5/6 name") !=
        std::string::npos);
  CHECK(installed.out.find("not installed") == std::string::npos);
}
