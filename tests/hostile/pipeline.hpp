// The pipeline as the CLI runs it, for hostile inputs: size check, parse,
// limits, lint, and layout and render only when the limits allow. Every stage's output is
// checked against its contract (tests/hostile/contract_checks.hpp) on the way.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "model/diagram.hpp"
#include "model/limits.hpp"
#include "model/source.hpp"

namespace merrow::hostile {

struct Outcome {
  bool parsed_at_all = false;  // false: stopped by the input size check
  ParseResult parsed;
  std::vector<Diagnostic> limits;  // M190s from check_input_size / check_limits / check_output_pixels
  std::vector<Diagnostic> lint;
  bool laid_out = false;
  bool rendered = false;  // an SVG came out of the public API

  // Any diagnostic with this code, from the parser, the limits or lint.
  bool reports(const std::string& code) const;
  bool has_error() const;
  // The M190 note that says how to raise the limit, "" when none.
  std::string raise_hint() const;
};

Outcome run_pipeline(std::string text, const Limits& limits = {});

}  // namespace merrow::hostile
