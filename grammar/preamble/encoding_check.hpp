// The text must be UTF-8 without NUL bytes before any grammar looks at it.
// mermaid runs in a browser that has already decoded the page, so a byte that
// is not UTF-8 never reaches it; merrow reads raw files and says exactly where
// the bad byte is (line:column of the first offender) instead of guessing.
// Pre: any bytes. Post: nullopt if the text is valid UTF-8 without NUL; else
// one error (M001 invalid-utf8 or M002 nul-byte) whose span covers the bad bytes.
#pragma once
#include <optional>
#include <string_view>

#include "model/diagnostic.hpp"

namespace merrow::grammar {

std::optional<Diagnostic> check_encoding(std::string_view text);

}  // namespace merrow::grammar
