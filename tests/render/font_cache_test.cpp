#include <catch2/catch.hpp>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>

#include "render/text/font_cache.hpp"

using namespace merrow;

namespace {
// Points XDG_CACHE_HOME at a fresh directory for the scope of a test.
struct TempCacheHome {
  std::string dir = "/tmp/merrow-font-cache-test-" + std::to_string(::getpid());
  std::string old;
  TempCacheHome() {
    if (const char* v = std::getenv("XDG_CACHE_HOME")) old = v;
    std::filesystem::remove_all(dir);
    ::setenv("XDG_CACHE_HOME", dir.c_str(), 1);
  }
  ~TempCacheHome() {
    if (old.empty()) ::unsetenv("XDG_CACHE_HOME");
    else ::setenv("XDG_CACHE_HOME", old.c_str(), 1);
    std::filesystem::remove_all(dir);
  }
};
}  // namespace

TEST_CASE("font cache: entries survive a reload, a changed stamp drops them") {
  TempCacheHome home;
  const FontFile font{"/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf", 0,
                      "Liberation Sans", false, false};
  {
    FontCache cache;
    CHECK(!cache.find("arial|rn"));
    cache.store("arial|rn", font);
  }
  const std::string path = home.dir + "/merrow/fonts.cache";
  REQUIRE(std::filesystem::exists(path));
  if (std::filesystem::exists(font.file)) {
    FontCache reloaded;
    REQUIRE(reloaded.find("arial|rn"));
    CHECK(*reloaded.find("arial|rn") == font);
  }
  // Another font configuration (a different stamp) invalidates the file.
  std::string text;
  {
    std::ifstream in(path);
    text.assign(std::istreambuf_iterator<char>(in), {});
  }
  text.replace(0, text.find('\n'), "merrow-fonts 1 some-other-stamp");
  std::ofstream(path) << text;
  FontCache stale;
  CHECK(!stale.find("arial|rn"));
}

TEST_CASE("font cache: the stamp is stable within a configuration") {
  CHECK(font_config_stamp() == font_config_stamp());
  CHECK(!font_config_stamp().empty());
}
