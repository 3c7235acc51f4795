// The library as a package: `cmake --install` to a temporary prefix, the
// examples built against it with find_package(merrow) and with pkg-config,
// and what each consumer prints (install_and_consume.sh does the work).
#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

namespace {

std::string slurp(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

}  // namespace

TEST_CASE("install: the installed package builds and runs a C++ and a C consumer (CMake and pkg-config)") {
  if (std::system("command -v pkg-config >/dev/null 2>&1 && command -v cc >/dev/null 2>&1") != 0) {
    WARN("pkg-config or cc missing: skipped");
    return;
  }
  const std::filesystem::path build = std::filesystem::path(MERROW_BINARY).parent_path();
  const std::filesystem::path scratch = build / "integration_install_scratch";
  const std::string command = "sh " MERROW_SOURCE_DIR "/tests/integration_install/install_and_consume.sh '" +
                              build.string() + "' " MERROW_SOURCE_DIR " '" + scratch.string() + "'";
  REQUIRE(std::system(command.c_str()) == 0);
  for (const char* svg_file : {"cmake-cpp.svg", "pc-cpp.svg"}) {
    CAPTURE(svg_file);
    const std::string svg = slurp(scratch / svg_file);
    CHECK(svg.find("<svg id=\"example\"") != std::string::npos);
    CHECK(svg.find(">Hello</text>") != std::string::npos);
  }
  for (const char* report_file : {"cmake-c.txt", "pc-c.txt"}) {
    CAPTURE(report_file);
    const std::string report = slurp(scratch / report_file);
    CAPTURE(report);
    CHECK(report.find("merrow 0.") == 0);
    CHECK(report.find("signature ok") != std::string::npos);
    CHECK(report.find("broken: 3:1: node label opened with") != std::string::npos);  // line:column, as the CLI says
    CHECK(report.find("\"file\": \"broken.mmd\"") != std::string::npos);
    CHECK(report.find("\"severity\": \"error\"") != std::string::npos);
  }
  std::filesystem::remove_all(scratch);
}
