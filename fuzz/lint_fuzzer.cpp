// The whole linter (parser diagnostics merged with every rule) on arbitrary
// bytes: deterministic, spans inside the text, never throws.
#include "fuzz_checks.hpp"
#include "grammar/parse.hpp"
#include "lint/lint.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace merrow;
  const Source source = fuzz::source_from(data, size);
  const ParseResult parsed = parse_diagram(source);
  const auto diagnostics = lint::lint(parsed, source, lint::LintOptions{});
  fuzz::require(contracts::diagnostics_violation(diagnostics, source));
  const auto again = lint::lint(parsed, source, lint::LintOptions{});
  fuzz::require(again.size() == diagnostics.size(), "lint is deterministic");
  return 0;
}
