// Runs tests/precommit/precommit_flow.sh: merrow's .pre-commit-hooks.yaml in a
// real pre-commit + git setup. Skips (with the script's message) when
// pre-commit is not installed.
#include <catch2/catch.hpp>
#include <string>

#include "../support/process.hpp"

TEST_CASE("pre-commit: a broken diagram blocks the commit, a clean one passes") {
  const auto [code, output, ignored] =
      merrow::test::run_shell("bash " + merrow::test::shell_quoted(std::string(MERROW_SOURCE_DIR) + "/tests/precommit/precommit_flow.sh") +
                                  " " + merrow::test::shell_quoted(MERROW_BINARY) + " " +
                                  merrow::test::shell_quoted(MERROW_SOURCE_DIR),
                              merrow::test::Stderr::merged);
  if (code == 77) {
    WARN(output);  // skipped: pre-commit (or git) missing
    return;
  }
  INFO(output);
  CHECK(code == 0);
}
