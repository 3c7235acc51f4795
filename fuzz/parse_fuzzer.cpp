// parse_diagram on arbitrary bytes (fuzz_checks.hpp: check_parse).
// tests/hostile/fuzz_regressions_test.cpp replays fuzz/regressions/ through the same check.
#include "fuzz_checks.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  merrow::fuzz::require(merrow::fuzz::check_parse(merrow::fuzz::bytes_of(data, size)));
  return 0;
}
