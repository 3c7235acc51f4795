// `merrow rules` lists every registered code, syntax errors included, and
// `merrow rules CODE|NAME` prints its page. Runs the built binary; test_lint
// only links the lint stage, so when the binary is not built (another stage
// broken) this says so instead of failing the lint tests.
#include <catch2/catch.hpp>

#include <filesystem>
#include <string>

#include "../support/process.hpp"
#include "lint/registry.hpp"

using namespace merrow::lint;
using merrow::test::ProcessRun;
using merrow::test::run_shell;
using merrow::test::shell_quoted;
using merrow::test::Stderr;

namespace {

ProcessRun run_merrow(const std::string& arguments) {
  return run_shell(shell_quoted(MERROW_BINARY) + " " + arguments, Stderr::discarded);
}

std::string page(std::string_view name) {
  return merrow::test::read_file(std::filesystem::path(MERROW_SOURCE_DIR) / "docs" / "rules" / (std::string(name) + ".md"));
}

bool have_binary() {
  if (std::filesystem::exists(MERROW_BINARY)) return true;
  WARN("merrow is not built (" << MERROW_BINARY << "); `merrow rules` not checked");
  return false;
}

}  // namespace

TEST_CASE("rules command: the list has every registered code, grouped by category") {
  if (!have_binary()) return;
  const ProcessRun list = run_merrow("rules");
  REQUIRE(list.status == 0);
  for (const auto& rule : all_rules()) {
    INFO(rule.code);
    std::string row(1, '\n');  // appended, not `"\n" + string&&` (GCC 12's false -Wrestrict, PR 105651)
    row.append(rule.code).append("  ").append(rule.name).append(" ");
    CHECK(list.out.find(row) != std::string::npos);
  }
  const size_t lint = list.out.find("Lint rules");
  const size_t syntax = list.out.find("Syntax errors");
  REQUIRE(lint != std::string::npos);
  REQUIRE(syntax != std::string::npos);
  CHECK(list.out.find("M210  style-on-unused-id") < syntax);  // a lint rule in the lint group
  CHECK(list.out.find("M101  unclosed-bracket") > syntax);    // a syntax code in the syntax group
  CHECK(list.out.find("M101  unclosed-bracket                error   (always)") != std::string::npos);
}

TEST_CASE("rules command: a syntax code's page by code or by name") {
  if (!have_binary()) return;
  const ProcessRun by_code = run_merrow("rules M101");
  CHECK(by_code.status == 0);
  CHECK(by_code.out == page("unclosed-bracket"));
  CHECK(by_code.out.starts_with("# unclosed-bracket (M101)"));
  CHECK(run_merrow("rules unclosed-bracket").out == by_code.out);
  CHECK(run_merrow("rules m101").out == by_code.out);
  CHECK(run_merrow("rules M158").out == page("mindmap-decoration-before-node"));
  CHECK(run_merrow("rules limit-exceeded").out == page("limit-exceeded"));
  CHECK(run_merrow("rules M199").out.starts_with("# internal-error (M149, M199)"));
  CHECK(run_merrow("rules M198").status != 0);
}
