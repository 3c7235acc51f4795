// See encoding_check.hpp. A linear scan: 10 MB of text is checked in a few ms.
#include "grammar/preamble/encoding_check.hpp"

#include <cstdio>

#include "grammar/common/make_diagnostic.hpp"

namespace merrow::grammar {
namespace {

// Length of the well-formed UTF-8 sequence at `pos` (RFC 3629: no overlongs,
// no surrogates, nothing above U+10FFFF), or 0 if it is malformed.
uint32_t utf8_sequence_length(std::string_view text, uint32_t pos) {
  const auto byte = [&](uint32_t i) { return static_cast<unsigned char>(text[i]); };
  const unsigned char lead = byte(pos);
  if (lead < 0x80) return 1;
  uint32_t length = 0;
  unsigned char low = 0x80, high = 0xBF;  // allowed range of the second byte
  if (lead >= 0xC2 && lead <= 0xDF) {
    length = 2;
  } else if (lead >= 0xE0 && lead <= 0xEF) {
    length = 3;
    if (lead == 0xE0) low = 0xA0;
    if (lead == 0xED) high = 0x9F;
  } else if (lead >= 0xF0 && lead <= 0xF4) {
    length = 4;
    if (lead == 0xF0) low = 0x90;
    if (lead == 0xF4) high = 0x8F;
  } else {
    return 0;
  }
  if (pos + length > text.size()) return 0;
  if (byte(pos + 1) < low || byte(pos + 1) > high) return 0;
  for (uint32_t i = 2; i < length; ++i) {
    if ((byte(pos + i) & 0xC0) != 0x80) return 0;
  }
  return length;
}

}  // namespace

std::optional<Diagnostic> check_encoding(std::string_view text) {
  uint32_t pos = 0;
  const auto size = static_cast<uint32_t>(text.size());
  while (pos < size) {
    if (text[pos] == '\0') {
      return make_diagnostic("M002", "nul-byte", Severity::error,
                             "the text contains a NUL byte", {pos, pos + 1},
                             "NUL byte here; mermaid's page would never contain it");
    }
    const uint32_t length = utf8_sequence_length(text, pos);
    if (length == 0) {
      char hex[8];
      std::snprintf(hex, sizeof hex, "0x%02X", static_cast<unsigned>(static_cast<unsigned char>(text[pos])));
      return make_diagnostic("M001", "invalid-utf8", Severity::error,
                             std::string("the text is not valid UTF-8: byte ") + hex +
                                 " does not start a well-formed sequence",
                             {pos, pos + 1}, "invalid UTF-8 here; save the file as UTF-8");
    }
    pos += length;
  }
  return std::nullopt;
}

}  // namespace merrow::grammar
