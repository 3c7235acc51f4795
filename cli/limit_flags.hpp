// The --max-* flags every command that parses shares; M190 diagnostics name them.
#pragma once
#include "model/limits.hpp"

namespace CLI {
class App;
}

namespace merrow::cli {

void add_limit_flags(CLI::App& command, Limits& limits);

}  // namespace merrow::cli
