// The Limits counted while a grammar builds its model, so that a hostile text
// (a 20 MB chain of a million nodes) stops at the statement that crosses a
// limit instead of being read whole and checked afterwards: time and memory
// stay bounded by the limits, not by --max-input-bytes.
// The counts are the ones check_limits() makes on a finished model, so a text
// within the limits reads the same as before; the messages come from
// limit_exceeded() (model/limits.cpp).
// Post: each check returns, or throws LimitReached carrying the M190
// diagnostic (its span in the grammar's own text offsets).
#pragma once
#include <cstdint>

#include "model/diagnostic.hpp"
#include "model/limits.hpp"

namespace merrow::grammar {

// Thrown out of a grammar's model building; the grammar's entry point catches
// it, reports the diagnostic and hands back no model. Not a std::exception, so
// the catch-alls that turn internal failures into M149/M199 let it through.
struct LimitReached {
  Diagnostic diagnostic;
};

class LimitGuard {
 public:
  explicit LimitGuard(const Limits& limits) : limits_(limits) {}

  // The model now holds `count` items of `kind` (nodes, edges, nesting
  // levels), the newest at `span`: past the limit, reading stops there.
  void count(LimitKind kind, uint64_t count, Span span) const {
    if (count > limit_value(kind, limits_))
      throw LimitReached{limit_exceeded(kind, count, Counted::until_stop, limits_, span)};
  }
  // One item (a label) of `size` bytes at `span`.
  void size(LimitKind kind, uint64_t size, Span span) const {
    if (size > limit_value(kind, limits_)) throw LimitReached{limit_exceeded(kind, size, Counted::whole, limits_, span)};
  }
  // How many of `kind` are worth reserving room for, given `expected` from the text's size.
  uint64_t at_most(LimitKind kind, uint64_t expected) const {
    const uint64_t limit = limit_value(kind, limits_);
    return expected < limit ? expected : limit + 1;
  }

 private:
  Limits limits_;
};

}  // namespace merrow::grammar
