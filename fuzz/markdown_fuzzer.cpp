// Markdown block extraction on arbitrary pages (fuzz_checks.hpp: check_markdown).
// tests/hostile/fuzz_regressions_test.cpp replays fuzz/regressions/ through the same check.
#include "fuzz_checks.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  merrow::fuzz::require(merrow::fuzz::check_markdown(merrow::fuzz::bytes_of(data, size)));
  return 0;
}
