// An open document: its text, a line index, and LSP positions (line +
// UTF-16 code units, as LSP 3.17 counts by default) to and from byte offsets.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace merrow::lsp {

struct LspPosition {
  uint32_t line = 0;
  uint32_t character = 0;  // UTF-16 code units
};

class Document {
 public:
  Document(std::string uri, std::string text, int64_t version);

  const std::string& uri() const { return uri_; }
  const std::string& text() const { return text_; }
  int64_t version() const { return version_; }
  bool markdown() const { return markdown_; }

  // Replaces the bytes between two positions (a didChange range), or everything.
  void replace(LspPosition from, LspPosition to, const std::string& text);
  void replace_all(std::string text);
  void set_version(int64_t version) { version_ = version; }

  uint32_t offset(LspPosition at) const;  // clamped into the text
  LspPosition position(uint32_t offset) const;
  uint32_t line_start(uint32_t line) const { return line < starts_.size() ? starts_[line] : size(); }
  uint32_t line_count() const { return static_cast<uint32_t>(starts_.size()); }
  uint32_t size() const { return static_cast<uint32_t>(text_.size()); }

  nlohmann::json range(uint32_t begin, uint32_t end) const;  // an LSP Range

 private:
  void index();

  std::string uri_;
  std::string text_;
  int64_t version_;
  bool markdown_;
  std::vector<uint32_t> starts_;
};

LspPosition position_from_json(const nlohmann::json& j);

}  // namespace merrow::lsp
