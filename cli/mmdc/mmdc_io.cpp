#include "cli/mmdc/mmdc_io.hpp"

#include <sys/stat.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>

namespace merrow::mmdc {

namespace fs = std::filesystem;

std::optional<std::string> read_input(const std::string& path) {
  if (path == "-") {
    std::string text(std::istreambuf_iterator<char>(std::cin), {});
    if (std::cin.bad()) return std::nullopt;
    return text;
  }
  std::error_code ec;
  if (fs::is_directory(path, ec)) return std::nullopt;
  std::ifstream in(path, std::ios::binary);
  if (!in) return std::nullopt;
  std::string text(std::istreambuf_iterator<char>(in), {});
  if (in.bad()) return std::nullopt;
  return text;
}

std::string write_output(const std::string& path, const std::string& data) {
  if (path == "-") {
    std::cout.write(data.data(), static_cast<std::streamsize>(data.size()));
    std::cout.flush();
    return std::cout ? "" : "cannot write to stdout";
  }
  // A unique name next to the target, so the rename stays on one file system.
  std::string tmp = path + ".XXXXXX";
  const int fd = ::mkstemp(tmp.data());
  if (fd < 0) return "cannot write " + path;
  bool ok = true;
  for (size_t done = 0; ok && done < data.size();) {
    const ssize_t n = ::write(fd, data.data() + done, data.size() - done);
    if (n <= 0) ok = false;
    else done += static_cast<size_t>(n);
  }
  ok = ::fchmod(fd, 0644) == 0 && ok;
  ok = ::close(fd) == 0 && ok;
  if (!ok || std::rename(tmp.c_str(), path.c_str()) != 0) {
    std::remove(tmp.c_str());
    return "cannot write " + path;
  }
  return "";
}

bool ends_with_markdown(const std::string& path) {
  return path.ends_with(".md") || path.ends_with(".markdown");
}

std::string numbered_output(const std::string& output, size_t n, const std::string& format,
                            const std::optional<std::string>& artefacts) {
  const size_t dot = output.rfind('.');
  std::string name = output.substr(0, dot) + "-" + std::to_string(n) + output.substr(dot);
  if (ends_with_markdown(name)) name = name.substr(0, name.rfind('.')) + "." + format;
  if (artefacts) name = (fs::absolute(*artefacts) / fs::path(name).filename()).lexically_normal().string();
  return name;
}

std::string relative_link(const std::string& output, const std::string& image) {
  const fs::path from = fs::absolute(output).lexically_normal().parent_path();
  const fs::path to = fs::absolute(image).lexically_normal();
  return "./" + to.lexically_relative(from).generic_string();
}

}  // namespace merrow::mmdc
