// Runs the built `merrow` binary (MERROW_BINARY) for the CLI tests.
#pragma once
#include <sys/wait.h>

#include <cstdio>
#include <fstream>
#include <iterator>
#include <string>

namespace merrow::test {

struct Run {
  int status = -1;
  std::string out;  // stdout
};

// `args` is appended to the binary path as shell words (tests quote their own);
// `env` ("NAME=value ...") prefixes the command.
inline Run run_merrow_env(const std::string& env, const std::string& args) {
  Run run;
  std::string command = env + " " + std::string(MERROW_BINARY) + " " + args;
  FILE* pipe = ::popen(command.c_str(), "r");
  if (!pipe) return run;
  char buffer[65536];
  size_t n;
  while ((n = std::fread(buffer, 1, sizeof buffer, pipe)) > 0) run.out.append(buffer, n);
  int raw = ::pclose(pipe);
  run.status = WIFEXITED(raw) ? WEXITSTATUS(raw) : -1;
  return run;
}

inline Run run_merrow(const std::string& args) { return run_merrow_env("", args); }

inline std::string slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), {}};
}

inline std::string scratch_dir() {
  std::string dir = std::string(MERROW_SOURCE_DIR) + "/build-render/render_cli_scratch";
  std::system(("mkdir -p '" + dir + "'").c_str());
  return dir;
}

}  // namespace merrow::test
