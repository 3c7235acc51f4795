#include "cli/mmdc/mmdc_css.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <utility>

namespace merrow::mmdc {
namespace {

struct Target {
  std::string_view property;        // CSS property
  std::string_view theme_variable;  // what it sets
};

struct Rule {
  std::vector<std::string_view> selectors;  // mermaid's own selectors for the part
  std::vector<Target> targets;
};

// mermaid 11's flowchart/mindmap stylesheet, selector by selector.
const std::vector<Rule>& rules() {
  static const std::vector<Rule> table = {
      {{".node rect", ".node circle", ".node ellipse", ".node polygon", ".node path", ".node .label-container"},
       {{"fill", "mainBkg"}, {"stroke", "nodeBorder"}}},
      {{".edgePath .path", ".flowchart-link"}, {{"stroke", "lineColor"}}},
      {{".arrowheadPath"}, {{"fill", "arrowheadColor"}}},
      {{".cluster rect"}, {{"fill", "clusterBkg"}, {"stroke", "clusterBorder"}}},
      {{".edgeLabel", ".edgeLabel rect", ".labelBkg"},
       {{"background-color", "edgeLabelBackground"}, {"fill", "edgeLabelBackground"}}},
      {{".label", ".nodeLabel", ".node .label", ".node text"}, {{"color", "nodeTextColor"}, {"fill", "nodeTextColor"}}},
      {{".cluster-label", ".cluster text", ".cluster-label text", ".cluster span"},
       {{"color", "titleColor"}, {"fill", "titleColor"}}},
      {{"svg", ":root", "*"}, {{"font-family", "fontFamily"}}},
  };
  return table;
}

std::string strip_comments(std::string_view css) {
  std::string out;
  for (size_t i = 0; i < css.size(); ++i) {
    if (css.compare(i, 2, "/*") == 0) {
      const size_t end = css.find("*/", i + 2);
      if (end == std::string_view::npos) break;
      i = end + 1;
      continue;
    }
    out.push_back(css[i]);
  }
  return out;
}

// Collapses whitespace runs to one space and trims.
std::string squeeze(std::string_view s) {
  std::string out;
  for (char c : s) {
    const bool space = c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
    if (space) {
      if (!out.empty() && out.back() != ' ') out.push_back(' ');
    } else {
      out.push_back(c);
    }
  }
  if (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

std::vector<std::string> split(std::string_view s, char by) {
  std::vector<std::string> parts;
  size_t start = 0;
  for (size_t i = 0; i <= s.size(); ++i) {
    if (i == s.size() || s[i] == by) {
      parts.push_back(squeeze(s.substr(start, i - start)));
      start = i + 1;
    }
  }
  return parts;
}

std::string lower(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return s;
}

// mermaid's own class names: a selector on them is not a diagram class.
bool mermaid_class(std::string_view name) {
  for (std::string_view own : {"node", "cluster", "label", "nodeLabel", "edgeLabel", "edgePath", "flowchart-link",
                               "arrowheadPath", "marker", "labelBkg", "cluster-label", "label-container", "root"})
    if (name == own) return true;
  return false;
}

// `.NAME`, `.NAME > *`, `.NAME rect|circle|ellipse|polygon|path|.label-container`: NAME, else "".
std::string class_of(const std::string& selector) {
  if (!selector.starts_with('.')) return "";
  size_t end = 1;
  while (end < selector.size() && (std::isalnum(static_cast<unsigned char>(selector[end])) || selector[end] == '-' ||
                                   selector[end] == '_'))
    ++end;
  const std::string name = selector.substr(1, end - 1);
  const std::string rest = selector.substr(end);
  if (name.empty() || mermaid_class(name)) return "";
  for (const char* part : {"", " > *", " rect", " circle", " ellipse", " polygon", " path", " .label-container"})
    if (rest == part) return name;
  return "";
}

bool classdef_property(std::string_view p) {
  return p == "fill" || p == "stroke" || p == "stroke-width" || p == "stroke-dasharray" || p == "color";
}

void note(CssMapping& out, const std::string& what) {
  if (std::find(out.unmapped.begin(), out.unmapped.end(), what) == out.unmapped.end()) out.unmapped.push_back(what);
}

void apply(CssMapping& out, const std::string& selector_list, std::string_view body, std::string_view svg_id) {
  struct Declaration {
    std::string property, value;
    bool important;
  };
  std::vector<Declaration> declarations;
  for (const std::string& d : split(body, ';')) {
    const size_t colon = d.find(':');
    if (colon == std::string::npos) continue;
    std::string value = squeeze(std::string_view(d).substr(colon + 1));
    const size_t bang = value.find("!important");
    const bool important = bang != std::string::npos;
    if (important) value = squeeze(std::string_view(value).substr(0, bang));
    declarations.push_back({lower(squeeze(std::string_view(d).substr(0, colon))), value, important});
  }
  const std::string scope = "#" + std::string(svg_id);
  for (std::string selector : split(selector_list, ',')) {
    if (selector.empty()) continue;
    const std::string written = selector;
    bool scoped = false;  // as specific as mermaid's own rule, and later: it wins
    if (selector == scope) {
      selector = "svg", scoped = true;
    } else if (selector.starts_with(scope + " ")) {
      selector = selector.substr(scope.size() + 1), scoped = true;
    }
    if (const std::string name = class_of(selector); !name.empty()) {
      ClassStyle style{name, {}};
      for (const Declaration& d : declarations) {
        if ((scoped || d.important) && classdef_property(d.property) && !d.value.empty()) {
          style.declarations.emplace_back(d.property, d.value);
        } else {
          note(out, written + " { " + d.property + " }");
        }
      }
      if (!style.declarations.empty()) out.class_styles.push_back(std::move(style));
      continue;
    }
    const Rule* rule = nullptr;
    for (const Rule& r : rules())
      if (std::find(r.selectors.begin(), r.selectors.end(), selector) != r.selectors.end()) rule = &r;
    bool used = false;
    for (const Declaration& d : declarations) {
      const Target* target = nullptr;
      if (rule)
        for (const Target& t : rule->targets)
          if (t.property == d.property) target = &t;
      if (target && (scoped || d.important) && !d.value.empty()) {
        out.theme_variables[std::string(target->theme_variable)] = d.value;
        used = true;
      } else {
        note(out, written + " { " + d.property + " }");
      }
    }
    if (declarations.empty() && !used) note(out, written);
  }
}

}  // namespace

CssMapping map_css(std::string_view css, std::string_view svg_id) {
  CssMapping out;
  const std::string text = strip_comments(css);
  size_t pos = 0;
  while (pos < text.size()) {
    const size_t open = text.find('{', pos);
    if (open == std::string::npos) break;
    const std::string selectors = squeeze(std::string_view(text).substr(pos, open - pos));
    // The block's end, nested blocks (@media) included.
    size_t close = open + 1;
    int depth = 1;
    for (; close < text.size() && depth > 0; ++close) depth += text[close] == '{' ? 1 : text[close] == '}' ? -1 : 0;
    const std::string_view body = std::string_view(text).substr(open + 1, close - open - 2);
    if (selectors.starts_with('@')) {
      note(out, selectors);
    } else {
      apply(out, selectors, body, svg_id);
    }
    pos = close;
  }
  return out;
}

}  // namespace merrow::mmdc
