// Runs the merrow binary in a scratch directory and captures what it prints.
#pragma once
#include <sys/wait.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

namespace merrow::test {

struct Run {
  int exit_code = -1;
  std::string out, err;
};

// A fresh directory under the system temp dir, removed when the test ends.
class Scratch {
 public:
  explicit Scratch(const std::string& name)
      : root_(std::filesystem::temp_directory_path() / ("merrow-lint-cli-" + name)) {
    std::filesystem::remove_all(root_);
    std::filesystem::create_directories(root_);
  }
  ~Scratch() { std::filesystem::remove_all(root_); }
  const std::filesystem::path& root() const { return root_; }

  void write(const std::string& relative, const std::string& content) const {
    const auto path = root_ / relative;
    std::filesystem::create_directories(path.parent_path());
    std::ofstream(path, std::ios::binary) << content;
  }
  std::string read(const std::string& relative) const {
    std::ifstream in(root_ / relative, std::ios::binary);
    std::ostringstream buffer;
    buffer << in.rdbuf();
    return buffer.str();
  }

  // Runs `merrow ARGS` in the scratch directory (stdin from `input` when given).
  Run merrow(const std::string& args, const std::string& input = "") const {
    write(".stdin", input);
    const std::string command = "cd '" + root_.string() + "' && NO_COLOR=1 '" + MERROW_BINARY + "' " + args +
                                " < .stdin > .stdout 2> .stderr";
    const int status = std::system(command.c_str());
    Run run;
    run.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    run.out = read(".stdout");
    run.err = read(".stderr");
    return run;
  }

 private:
  std::filesystem::path root_;
};

}  // namespace merrow::test
