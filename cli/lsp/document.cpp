#include "cli/lsp/document.hpp"

#include <algorithm>

namespace merrow::lsp {
namespace {

bool ends_with_any(const std::string& s, std::initializer_list<const char*> endings) {
  for (const char* e : endings)
    if (s.ends_with(e)) return true;
  return false;
}

// Bytes of the UTF-8 sequence led by `lead`, and its UTF-16 length.
uint32_t sequence_bytes(unsigned char lead) { return lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4; }

}  // namespace

Document::Document(std::string uri, std::string text, int64_t version)
    : uri_(std::move(uri)), text_(std::move(text)), version_(version),
      markdown_(ends_with_any(uri_, {".md", ".markdown", ".mdx", ".MD"})) {
  index();
}

void Document::index() {
  starts_.assign(1, 0);
  for (size_t i = text_.find('\n'); i != std::string::npos; i = text_.find('\n', i + 1))
    starts_.push_back(static_cast<uint32_t>(i + 1));
}

void Document::replace(LspPosition from, LspPosition to, const std::string& text) {
  const uint32_t begin = offset(from);
  const uint32_t end = std::max(begin, offset(to));
  text_.replace(begin, end - begin, text);
  index();
}

void Document::replace_all(std::string text) {
  text_ = std::move(text);
  index();
}

uint32_t Document::offset(LspPosition at) const {
  if (at.line >= starts_.size()) return size();
  uint32_t i = starts_[at.line];
  const uint32_t end = at.line + 1 < starts_.size() ? starts_[at.line + 1] - 1 : size();
  uint32_t units = 0;
  while (i < end && units < at.character) {
    const uint32_t n = sequence_bytes(static_cast<unsigned char>(text_[i]));
    units += n == 4 ? 2 : 1;
    i = std::min(end, i + n);
  }
  return i;
}

LspPosition Document::position(uint32_t offset) const {
  offset = std::min(offset, size());
  const auto it = std::upper_bound(starts_.begin(), starts_.end(), offset);
  const auto line = static_cast<uint32_t>(it - starts_.begin() - 1);
  uint32_t units = 0;
  for (uint32_t i = starts_[line]; i < offset;) {
    const uint32_t n = sequence_bytes(static_cast<unsigned char>(text_[i]));
    units += n == 4 ? 2 : 1;
    i += n;
  }
  return {line, units};
}

nlohmann::json Document::range(uint32_t begin, uint32_t end) const {
  const LspPosition a = position(begin), b = position(std::max(begin, end));
  return {{"start", {{"line", a.line}, {"character", a.character}}},
          {"end", {{"line", b.line}, {"character", b.character}}}};
}

LspPosition position_from_json(const nlohmann::json& j) {
  return {j.at("line").get<uint32_t>(), j.at("character").get<uint32_t>()};
}

}  // namespace merrow::lsp
