// The public API to a safe SVG (fuzz_checks.hpp: check_render).
// tests/hostile/fuzz_regressions_test.cpp replays fuzz/regressions/ through the same check.
#include "fuzz_checks.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  merrow::fuzz::require(merrow::fuzz::check_render(merrow::fuzz::bytes_of(data, size)));
  return 0;
}
