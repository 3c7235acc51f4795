// Runs the built merrow-mmdc (MERROW_MMDC_BINARY) in a scratch directory, and
// reads the size of what it drew.
#pragma once
#include <cstdint>
#include <regex>
#include <string>

#include "../support/process.hpp"

namespace merrow::test {

using MmdcRun = ProcessRun;

inline std::string fixture(const std::string& name) {
  return std::string(MERROW_SOURCE_DIR) + "/tests/mmdc_cli/fixtures/" + name;
}

// A fresh, empty directory per call site name (removed when the test ends).
inline std::string scratch(const std::string& name) { return scratch_path("mmdc-" + name).string(); }

// `args`: shell words (the test quotes its own); runs in `dir`; `stdin_file` feeds stdin.
inline MmdcRun mmdc(const std::string& dir, const std::string& args, const std::string& stdin_file = "/dev/null",
                    const std::string& binary = MERROW_MMDC_BINARY) {
  return run_shell("cd " + shell_quoted(dir) + " && " + shell_quoted(binary) + " " + args + " <" +
                       shell_quoted(stdin_file),
                   Stderr::captured);
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
