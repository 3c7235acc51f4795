// See js_text.hpp.
#include "grammar/common/js_text.hpp"

namespace merrow::grammar {

uint32_t js_space_length(std::string_view text, uint32_t pos) {
  if (pos >= text.size()) return 0;
  const auto byte = [&](uint32_t i) { return static_cast<unsigned char>(text[i]); };
  const unsigned char c = byte(pos);
  if (c == ' ' || (c >= '\t' && c <= '\r')) return 1;
  const auto has = [&](uint32_t n) { return pos + n <= text.size(); };
  if (c == 0xC2 && has(2) && byte(pos + 1) == 0xA0) return 2;  // U+00A0 no-break space
  if (c == 0xE1 && has(3) && byte(pos + 1) == 0x9A && byte(pos + 2) == 0x80) return 3;  // U+1680
  if (c == 0xE2 && has(3)) {
    const unsigned char b1 = byte(pos + 1), b2 = byte(pos + 2);
    if (b1 == 0x80 && (b2 <= 0x8A || b2 == 0xA8 || b2 == 0xA9 || b2 == 0xAF)) return 3;  // U+2000-200A, 2028, 2029, 202F
    if (b1 == 0x81 && b2 == 0x9F) return 3;  // U+205F
  }
  if (c == 0xE3 && has(3) && byte(pos + 1) == 0x80 && byte(pos + 2) == 0x80) return 3;  // U+3000
  if (c == 0xEF && has(3) && byte(pos + 1) == 0xBB && byte(pos + 2) == 0xBF) return 3;  // U+FEFF
  return 0;
}

uint32_t skip_js_space(std::string_view text, uint32_t pos) {
  while (const uint32_t n = js_space_length(text, pos)) pos += n;
  return pos;
}

uint32_t line_end(std::string_view text, uint32_t pos) {
  const auto at = text.find('\n', pos);
  return at == std::string_view::npos ? static_cast<uint32_t>(text.size()) : static_cast<uint32_t>(at);
}

bool starts_with_at(std::string_view text, uint32_t pos, std::string_view prefix) {
  return pos <= text.size() && text.substr(pos).starts_with(prefix);
}

bool is_word_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

}  // namespace merrow::grammar
