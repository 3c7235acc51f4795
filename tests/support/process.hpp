// What the test areas that run programs share: a shell command's exit status
// and output, scratch directories that go when the test process ends, and
// whole-file reads and writes. The areas' own runners (mmdc_cli, lint_cli,
// render_cli, integration_*) are thin adapters over these. Header-only: tests/
// globs *.cpp per area, and this folder has none, so it is no test area.
#pragma once
#include <sys/wait.h>
#include <unistd.h>

#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>

namespace merrow::test {

struct ProcessRun {
  int status = -1;  // the exit code; -1 when the command was killed or could not start
  std::string out;  // stdout (and stderr with Stderr::merged)
  std::string err;  // stderr with Stderr::captured
};

enum class Stderr { passed_through, captured, merged, discarded };

inline std::string read_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), {}};
}

// Creates the parent directories.
inline void write_file(const std::filesystem::path& path, const std::string& text) {
  if (path.has_parent_path()) std::filesystem::create_directories(path.parent_path());
  std::ofstream(path, std::ios::binary) << text;
}

inline std::filesystem::path scratch_root() {
  return std::filesystem::temp_directory_path() / ("merrow-test-" + std::to_string(::getpid()));
}

// The scratch directories go when the test process ends (ctest runs each case in its own).
inline const struct ScratchCleanup {
  ~ScratchCleanup() {
    std::error_code ignored;
    std::filesystem::remove_all(scratch_root(), ignored);
  }
} scratch_cleanup;

// A fresh, empty directory per name, below this process's scratch root.
inline std::filesystem::path scratch_path(const std::string& name) {
  const std::filesystem::path dir = scratch_root() / name;
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  return dir;
}

// Runs `command` with sh -c; stdin is the caller's unless the command redirects it.
inline ProcessRun run_shell(const std::string& command, Stderr stderr_mode = Stderr::passed_through) {
  static std::atomic<unsigned> runs{0};
  ProcessRun run;
  std::string full = command, err_file;
  if (stderr_mode == Stderr::captured) {
    std::filesystem::create_directories(scratch_root());
    err_file = (scratch_root() / (".stderr-" + std::to_string(runs++))).string();
    full = "{ " + command + "\n} 2>'" + err_file + "'";
  } else if (stderr_mode == Stderr::merged) {
    full = "{ " + command + "\n} 2>&1";
  } else if (stderr_mode == Stderr::discarded) {
    full = "{ " + command + "\n} 2>/dev/null";
  }
  FILE* pipe = ::popen(full.c_str(), "r");
  if (!pipe) return run;
  char buffer[65536];
  while (const size_t n = std::fread(buffer, 1, sizeof buffer, pipe)) run.out.append(buffer, n);
  const int raw = ::pclose(pipe);
  run.status = WIFEXITED(raw) ? WEXITSTATUS(raw) : -1;
  if (!err_file.empty()) {
    run.err = read_file(err_file);
    std::filesystem::remove(err_file);
  }
  return run;
}

inline bool have_tool(const std::string& name) {
  return run_shell("command -v '" + name + "' >/dev/null 2>&1").status == 0;
}

// `path` in single quotes for sh (a quote inside is closed, escaped and reopened).
inline std::string shell_quoted(const std::string& path) {
  std::string quoted(1, '\'');
  for (const char c : path) quoted.append(c == '\'' ? "'\\''" : std::string(1, c));
  return quoted.append(1, '\'');
}

}  // namespace merrow::test
