// Font Awesome's name -> code point table, read from its stylesheet (see
// icon_font.hpp). The CSS is a list of rules such as
//   .fa-automobile:before,
//   .fa-car:before {
//     content: "\f1b9";
//   }
// so every `.fa-NAME:before` selector of a rule gets the rule's content.
#include "render/text/icon_font.hpp"

#include "model/icon_names.hpp"

#include <sys/stat.h>

#include <cstdlib>
#include <fstream>
#include <sstream>
#include <vector>

namespace merrow {
namespace {

bool is_file(const std::string& path) {
  struct stat st {};
  return ::stat(path.c_str(), &st) == 0 && S_ISREG(st.st_mode);
}

bool is_name_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
}

// `content: "\f1b9"` inside one rule body -> U+F1B9 (0 when absent).
char32_t content_code_point(std::string_view body) {
  const size_t content = body.find("content:");
  if (content == std::string_view::npos) return 0;
  const size_t slash = body.find('\\', content);
  if (slash == std::string_view::npos) return 0;
  char32_t cp = 0;
  size_t i = slash + 1;
  for (; i < body.size() && i < slash + 7; ++i) {
    const char c = body[i];
    const int digit = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10
                                                   : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
    if (digit < 0) break;
    cp = cp * 16 + static_cast<char32_t>(digit);
  }
  return i > slash + 1 ? cp : 0;
}

void read_rules(std::string_view css, IconCatalog& catalog) {
  size_t pos = 0;
  while (pos < css.size()) {
    const size_t open = css.find('{', pos);
    if (open == std::string_view::npos) break;
    const size_t close = css.find('}', open);
    if (close == std::string_view::npos) break;
    const std::string_view selectors = css.substr(pos, open - pos);
    const char32_t cp = content_code_point(css.substr(open + 1, close - open - 1));
    pos = close + 1;
    if (!cp) continue;
    for (size_t at = selectors.find(".fa-"); at != std::string_view::npos; at = selectors.find(".fa-", at + 1)) {
      size_t end = at + 4;
      while (end < selectors.size() && is_name_char(selectors[end])) ++end;
      if (selectors.substr(end).starts_with(":before") || selectors.substr(end).starts_with("::before"))
        catalog.code_points.emplace(std::string(selectors.substr(at + 4, end - at - 4)), cp);
    }
  }
}

}  // namespace

std::string icon_font_dir() {
  const char* dir = std::getenv("MERROW_FONT_AWESOME_DIR");
  return dir && *dir ? dir : "/usr/share/fonts-font-awesome";
}

IconCatalog load_icon_catalog(const std::string& dir) {
  IconCatalog catalog;
  const std::string font = dir + "/fonts/fontawesome-webfont.ttf";
  if (!is_file(font)) return catalog;
  std::ifstream css(dir + "/css/font-awesome.css", std::ios::binary);
  if (!css) return catalog;
  std::ostringstream text;
  text << css.rdbuf();
  read_rules(text.str(), catalog);
  if (!catalog.code_points.empty()) catalog.font_file = font;
  return catalog;
}

const IconCatalog& icon_catalog() {
  static const IconCatalog catalog = load_icon_catalog(icon_font_dir());  // thread-safe static init
  return catalog;
}

std::string_view icon_name(std::string_view icon) {
  const size_t colon = icon.find(':');
  if (colon == std::string_view::npos) return {};
  const std::string_view name = icon.substr(colon + 1);
  return name.starts_with("fa-") ? name.substr(3) : std::string_view();
}

std::optional<IconGlyph> find_icon(const IconCatalog& catalog, std::string_view icon) {
  if (catalog.font_file.empty()) return std::nullopt;
  // Font Awesome 5/6 names draw their 4.7 glyph (fa-chart-line -> fa-line-chart).
  const auto name = font_awesome_4_name(
      icon_name(icon), [&](std::string_view n) { return catalog.code_points.find(n) != catalog.code_points.end(); });
  if (!name) return std::nullopt;
  const auto it = catalog.code_points.find(*name);
  return IconGlyph{catalog.font_file, it->second};
}

std::optional<IconGlyph> find_icon(std::string_view icon) { return find_icon(icon_catalog(), icon); }

}  // namespace merrow
