// Runs tests/precommit/precommit_flow.sh: merrow's .pre-commit-hooks.yaml in a
// real pre-commit + git setup. Skips (with the script's message) when
// pre-commit is not installed.
#include <sys/wait.h>

#include <catch2/catch.hpp>
#include <cstdio>
#include <string>

TEST_CASE("pre-commit: a broken diagram blocks the commit, a clean one passes") {
  const std::string command = std::string("bash '") + MERROW_SOURCE_DIR + "/tests/precommit/precommit_flow.sh' '" +
                              MERROW_BINARY + "' '" + MERROW_SOURCE_DIR + "' 2>&1";
  FILE* pipe = popen(command.c_str(), "r");
  REQUIRE(pipe != nullptr);
  std::string output;
  char buffer[4096];
  while (fgets(buffer, sizeof buffer, pipe) != nullptr) output += buffer;
  const int status = pclose(pipe);
  const int code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  if (code == 77) {
    WARN(output);  // skipped: pre-commit (or git) missing
    return;
  }
  INFO(output);
  CHECK(code == 0);
}
