// The fuzzers' view of the stage contracts (tests/hostile/contract_checks.hpp):
// a broken one aborts, so libFuzzer saves the input like any other crash.
#pragma once
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>

#include "tests/hostile/contract_checks.hpp"

namespace merrow::fuzz {

inline Source source_from(const uint8_t* data, size_t size) {
  return Source("fuzz.mmd", std::string(reinterpret_cast<const char*>(data), size));
}

inline void require(const std::string& violation) {
  if (violation.empty()) return;
  std::fprintf(stderr, "contract violated: %s\n", violation.c_str());
  std::abort();
}

inline void require(bool holds, const char* contract) { require(holds ? "" : std::string(contract)); }

}  // namespace merrow::fuzz
