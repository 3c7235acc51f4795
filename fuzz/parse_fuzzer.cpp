// parse_diagram on arbitrary bytes: never throws, never crashes, and every span
// it returns lies inside the text. Limits are checked too, as the CLI will.
#include "fuzz_checks.hpp"
#include "grammar/parse.hpp"
#include "model/limits.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace merrow;
  const Source source = fuzz::source_from(data, size);
  const ParseResult parsed = parse_diagram(source);
  fuzz::require(contracts::diagnostics_violation(parsed.diagnostics, source));
  fuzz::require(contracts::model_violation(parsed, source));
  fuzz::require(contracts::diagnostics_violation(check_limits(source, parsed, Limits{}), source));
  return 0;
}
