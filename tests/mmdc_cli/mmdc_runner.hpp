// Runs the built merrow-mmdc (MERROW_MMDC_BINARY) in a scratch directory.
#pragma once
#include <sys/wait.h>
#include <unistd.h>

#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <regex>
#include <string>

namespace merrow::test {

struct MmdcRun {
  int status = -1;
  std::string out;  // stdout
  std::string err;  // stderr
};

inline std::string slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), {}};
}

inline void spit_file(const std::string& path, const std::string& data) {
  std::ofstream(path, std::ios::binary) << data;
}

inline std::string fixture(const std::string& name) {
  return std::string(MERROW_SOURCE_DIR) + "/tests/mmdc_cli/fixtures/" + name;
}

inline std::filesystem::path scratch_root() {
  return std::filesystem::temp_directory_path() / ("merrow-mmdc-test-" + std::to_string(::getpid()));
}

// The scratch directories go when the test process ends.
inline const struct ScratchCleanup {
  ~ScratchCleanup() {
    std::error_code ec;
    std::filesystem::remove_all(scratch_root(), ec);
  }
} scratch_cleanup;

// A fresh, empty directory per call site name.
inline std::string scratch(const std::string& name) {
  namespace fs = std::filesystem;
  const fs::path dir = scratch_root() / name;
  fs::remove_all(dir);
  fs::create_directories(dir);
  return dir.string();
}

// `args`: shell words (the test quotes its own); runs in `dir`; `stdin_file` feeds stdin.
inline MmdcRun mmdc(const std::string& dir, const std::string& args, const std::string& stdin_file = "/dev/null",
                    const std::string& binary = MERROW_MMDC_BINARY) {
  MmdcRun run;
  const std::string err = dir + "/.stderr";
  const std::string command = "cd '" + dir + "' && '" + binary + "' " + args + " <'" + stdin_file + "' 2>'" + err + "'";
  FILE* pipe = ::popen(command.c_str(), "r");
  if (!pipe) return run;
  char buffer[65536];
  size_t n;
  while ((n = std::fread(buffer, 1, sizeof buffer, pipe)) > 0) run.out.append(buffer, n);
  const int raw = ::pclose(pipe);
  run.status = WIFEXITED(raw) ? WEXITSTATUS(raw) : -1;
  run.err = slurp(err);
  std::filesystem::remove(err);
  return run;
}

struct Size {
  double width = 0, height = 0;
};

// A PNG's pixel size from its IHDR chunk.
inline Size png_size(const std::string& png) {
  if (png.size() < 24 || png.substr(1, 3) != "PNG") return {};
  const auto be32 = [&](size_t at) {
    return (uint32_t(uint8_t(png[at])) << 24) | (uint32_t(uint8_t(png[at + 1])) << 16) |
           (uint32_t(uint8_t(png[at + 2])) << 8) | uint32_t(uint8_t(png[at + 3]));
  };
  return {double(be32(16)), double(be32(20))};
}

// The root <svg>'s width/height attributes (px).
inline Size svg_size(const std::string& svg) {
  std::smatch m;
  const std::string head = svg.substr(0, svg.find('>', svg.find("<svg")));
  if (!std::regex_search(head, m, std::regex(R"(<svg[^>]*\swidth="([0-9.]+)(?:px)?\"[^>]*\sheight="([0-9.]+)(?:px)?")")))
    return {};
  return {std::stod(m[1]), std::stod(m[2])};
}

// The first page's /MediaBox (points).
inline Size pdf_size(const std::string& pdf) {
  std::smatch m;
  if (!std::regex_search(pdf, m, std::regex(R"(/MediaBox\s*\[\s*0\s+0\s+([0-9.]+)\s+([0-9.]+)\s*\])"))) return {};
  return {std::stod(m[1]), std::stod(m[2])};
}

}  // namespace merrow::test
