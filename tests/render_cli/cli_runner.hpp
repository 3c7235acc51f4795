// Runs the built `merrow` binary (MERROW_BINARY) for the CLI tests.
#pragma once
#include <string>

#include "../support/process.hpp"

namespace merrow::test {

using Run = ProcessRun;  // stdout in `out`; stderr goes where the command sends it

// `args` is appended to the binary path as shell words (tests quote their own);
// `env` ("NAME=value ...") prefixes the command.
inline Run run_merrow_env(const std::string& env, const std::string& args) {
  return run_shell(env + " " + shell_quoted(MERROW_BINARY) + " " + args);
}

inline Run run_merrow(const std::string& args) { return run_merrow_env("", args); }

// Kept in the build tree (not removed): a failed reference test leaves its expected | diff | actual strip here.
inline std::string scratch_dir() {
  const std::string dir = std::string(MERROW_SOURCE_DIR) + "/build-render/render_cli_scratch";
  std::filesystem::create_directories(dir);
  return dir;
}

}  // namespace merrow::test
