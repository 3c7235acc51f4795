// Runs the merrow binary in a scratch directory and captures what it prints.
#pragma once
#include <filesystem>
#include <string>

#include "../support/process.hpp"

namespace merrow::test {

struct Run {
  int exit_code = -1;
  std::string out, err;
};

// A fresh directory under the system temp dir, removed when the test ends.
class Scratch {
 public:
  explicit Scratch(const std::string& name) : root_(scratch_path("lint-cli-" + name)) {}
  ~Scratch() { std::filesystem::remove_all(root_); }
  const std::filesystem::path& root() const { return root_; }

  void write(const std::string& relative, const std::string& content) const { write_file(root_ / relative, content); }
  std::string read(const std::string& relative) const { return read_file(root_ / relative); }

  // Runs `merrow ARGS` in the scratch directory (stdin from `input` when given).
  Run merrow(const std::string& args, const std::string& input = "") const {
    write(".stdin", input);
    const ProcessRun run = run_shell("cd " + shell_quoted(root_.string()) + " && NO_COLOR=1 " +
                                         shell_quoted(MERROW_BINARY) + " " + args + " < .stdin",
                                     Stderr::captured);
    return {run.status, run.out, run.err};
  }

 private:
  std::filesystem::path root_;
};

}  // namespace merrow::test
