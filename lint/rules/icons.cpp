// `fa:fa-car` in a label draws an <i> element that only becomes an icon
// where the page loads Font Awesome; GitHub, GitLab and most static sites do
// not, and the icon silently vanishes. A mindmap's `::icon(fa fa-book)` is
// never drawn by mermaid 11.17, so that finding says so instead.
//
// merrow render draws label icons from Debian's fonts-font-awesome (4.7), so
// the finding says which case applies:
//   the font is not installed  -> merrow draws the label without the icon;
//   the name is not in its CSS -> likewise, the name is the thing to fix;
//   both present               -> only pages without the stylesheet lose it.
// The check reads the same two files as render/text/icon_font.cpp, with plain
// file reads: linting loads no font library.
#include <sys/stat.h>

#include <cstdlib>
#include <fstream>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "lint/rules/families.hpp"
#include "model/icon_names.hpp"

namespace merrow::lint {
namespace {

constexpr std::string_view kPrefixes[] = {"fa:", "fab:", "fas:", "far:", "fal:", "fad:", "fak:"};

bool is_name_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
}

// The icon names (after `fa-`) a label uses: `fa:fa-car` -> "car".
std::vector<std::string> icon_names(std::string_view text) {
  std::vector<std::string> names;
  for (size_t i = 0; i < text.size(); ++i) {
    if (i > 0 && is_name_char(text[i - 1])) continue;  // "sofa:fa-x" is not an icon
    for (const std::string_view prefix : kPrefixes) {
      if (!text.substr(i).starts_with(prefix) || text.substr(i + prefix.size(), 3) != "fa-") continue;
      size_t end = i + prefix.size() + 3;
      while (end < text.size() && is_name_char(text[end])) ++end;
      if (end > i + prefix.size() + 3) names.emplace_back(text.substr(i + prefix.size() + 3, end - i - prefix.size() - 3));
      break;
    }
  }
  return names;
}

// The installed Font Awesome as merrow render finds it (icon_font.hpp).
struct IconFont {
  bool installed = false;
  std::set<std::string, std::less<>> names;
};

IconFont read_icon_font() {
  const char* env = std::getenv("MERROW_FONT_AWESOME_DIR");
  const std::string dir = env && *env ? env : "/usr/share/fonts-font-awesome";
  IconFont font;
  struct stat st {};
  if (::stat((dir + "/fonts/fontawesome-webfont.ttf").c_str(), &st) != 0 || !S_ISREG(st.st_mode)) return font;
  std::ifstream file(dir + "/css/font-awesome.css", std::ios::binary);
  if (!file) return font;
  std::ostringstream buffer;
  buffer << file.rdbuf();
  const std::string css = buffer.str();
  // Every `.fa-NAME:before` selector names an icon.
  for (size_t at = css.find(".fa-"); at != std::string::npos; at = css.find(".fa-", at + 1)) {
    size_t end = at + 4;
    while (end < css.size() && is_name_char(css[end])) ++end;
    if (std::string_view(css).substr(end).starts_with(":before")) font.names.insert(css.substr(at + 4, end - at - 4));
  }
  font.installed = !font.names.empty();
  return font;
}

const IconFont& icon_font() {
  static const IconFont font = read_icon_font();  // once per process, only when an icon is seen
  return font;
}

void report_label(Reporter& reporter, Span span, const std::string& where, const std::vector<std::string>& names) {
  const IconFont& font = icon_font();
  if (!font.installed) {
    reporter.report("M220", span,
                    where + " uses the Font Awesome icon `fa-" + names.front() +
                        "`, but Font Awesome is not installed (Debian: fonts-font-awesome), so merrow draws "
                        "the label without it; pages show it only where they load the Font Awesome stylesheet",
                    "icon font not installed");
    return;
  }
  const auto has = [&](std::string_view n) { return font.names.count(n) > 0; };
  for (const std::string& name : names) {
    if (font_awesome_4_name(name, has)) continue;  // a 4.7 name, or a 5/6 name with a 4.7 glyph
    reporter.report("M220", span,
                    where + " uses `fa-" + name + "`, which is neither a Font Awesome 4.7 icon nor a 5/6 name "
                        "with a 4.7 equivalent, so merrow draws the label without it",
                    "no Font Awesome 4.7 icon");
    return;
  }
  for (const std::string& name : names) {
    if (has(name)) continue;
    reporter.report("M220", span,
                    where + " uses `fa-" + name + "`, a Font Awesome 5/6 name: merrow draws 4.7's `fa-" +
                        *font_awesome_4_name(name, has) + "`; pages show it where they load Font Awesome 5 or later",
                    "Font Awesome 5/6 icon name");
    return;
  }
  reporter.report("M220", span,
                  where + " uses a Font Awesome icon, which only shows where the page loads "
                  "the Font Awesome stylesheet",
                  "icon font needed");
}

void check_label(Reporter& reporter, Span span, const std::string& where, std::string_view text) {
  const std::vector<std::string> names = icon_names(text);
  if (!names.empty()) report_label(reporter, span, where, names);
}

}  // namespace

void check_icons(const Flowchart& chart, Reporter& reporter) {
  for (const auto& node : chart.nodes) check_label(reporter, node.span, "node `" + node.id + "`", node.label.text);
  for (const auto& edge : chart.edges)
    if (edge.has_label) check_label(reporter, edge.span, "this edge label", edge.label.text);
  for (const auto& subgraph : chart.subgraphs)
    check_label(reporter, subgraph.span, "subgraph `" + subgraph.id + "`", subgraph.title.text);
}

void check_icons(const Mindmap& map, Reporter& reporter) {
  for (const auto& node : map.nodes) {
    // `::icon(fa fa-book)`: mermaid 11.17 hands node.icon to its mindmap
    // shapes and none of them draws it (mermaid-ref: no icon element, same
    // node size), whatever the page loads; merrow matches, so say so.
    if (!node.icon.empty())
      reporter.report("M220", node.span,
                      "node `" + node.id + "` has `::icon(" + node.icon + ")`, which mermaid 11.17 does not "
                      "draw (its mindmap shapes ignore icons), nor does merrow; put `fa:fa-name` in the "
                      "label to show an icon",
                      "icon not drawn");
    // `fa:fa-car` in a mindmap label is drawn as in a flowchart label.
    check_label(reporter, node.span, "node `" + node.id + "`", node.label.text);
  }
}

}  // namespace merrow::lint
