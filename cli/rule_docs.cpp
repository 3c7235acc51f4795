#include "cli/rule_docs.hpp"

#include <cstdlib>
#include <fstream>
#include <sstream>

namespace merrow::cli {
namespace fs = std::filesystem;

std::vector<fs::path> rule_doc_roots() {
  std::vector<fs::path> roots;
  if (const char* dir = std::getenv("MERROW_DOCS_DIR"); dir != nullptr && *dir != '\0') roots.emplace_back(dir);
  std::error_code error;
  fs::path at = fs::read_symlink("/proc/self/exe", error).parent_path();
  for (int depth = 0; !error && depth < 6 && at.has_parent_path(); ++depth) {
    roots.push_back(at / "docs");
    roots.push_back(at / "share" / "merrow" / "docs");
    if (at.parent_path() == at) break;
    at = at.parent_path();
  }
  return roots;
}

std::optional<fs::path> rule_doc_path(std::string_view name) {
  for (const fs::path& root : rule_doc_roots()) {
    const fs::path page = root / "rules" / (std::string(name) + ".md");
    std::error_code error;
    if (fs::is_regular_file(page, error)) return fs::absolute(page, error).lexically_normal();
  }
  return std::nullopt;
}

std::string rule_doc_text(std::string_view name) {
  const auto page = rule_doc_path(name);
  if (!page) return {};
  std::ifstream in(*page, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

std::string file_uri(const fs::path& path) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string uri = "file://";
  for (const char ch : path.generic_string()) {
    const auto c = static_cast<unsigned char>(ch);
    const bool plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '/' ||
                       c == '.' || c == '_' || c == '~' || c == '-';
    if (plain) {
      uri += ch;
    } else {
      uri += '%';
      uri += kHex[c >> 4];
      uri += kHex[c & 15];
    }
  }
  return uri;
}

}  // namespace merrow::cli
