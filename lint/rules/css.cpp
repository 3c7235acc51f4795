// CSS that mermaid passes to SVG elements where it has no effect. People
// coming from HTML write `background` and `border`; SVG wants `fill` and `stroke`.
#include <array>
#include <string>
#include <utility>

#include "lint/rules/families.hpp"

namespace merrow::lint {
namespace {

// Ignored property -> what to write instead ("" when there is no equivalent).
constexpr std::array<std::pair<std::string_view, std::string_view>, 14> kIgnored = {{
    {"background", "fill"},
    {"background-color", "fill"},
    {"border", "stroke"},
    {"border-color", "stroke"},
    {"border-width", "stroke-width"},
    {"border-style", "stroke-dasharray"},
    {"border-radius", ""},
    {"box-shadow", ""},
    {"margin", ""},
    {"padding", ""},
    {"outline", ""},
    {"text-color", "color"},
    {"font-colour", "color"},
    {"colour", "color"},
}};

void check_decls(const std::vector<StyleDecl>& decls, Reporter& reporter) {
  for (const auto& decl : decls) {
    for (const auto& [property, instead] : kIgnored) {
      if (decl.property != property) continue;
      std::string message = "CSS property `" + decl.property + "` has no effect on mermaid's SVG";
      if (!instead.empty()) message += "; use `" + std::string(instead) + "`";
      auto& diagnostic = reporter.report("M219", decl.span, message, "ignored");
      if (!instead.empty() && reporter.text().substr(decl.span.begin, property.size()) == property) {
        // Unsafe: the rename changes how the diagram looks (that is the point).
        diagnostic.fix = Fix{"rename to `" + std::string(instead) + "`",
                             {{{decl.span.begin, decl.span.begin + static_cast<uint32_t>(property.size())},
                               std::string(instead)}},
                             false};
      }
    }
  }
}

}  // namespace

void check_css(const Flowchart& chart, Reporter& reporter) {
  for (const auto& statement : chart.style_statements) check_decls(statement.decls, reporter);
  for (const auto& class_def : chart.class_defs) check_decls(class_def.decls, reporter);
  for (const auto& link_style : chart.link_styles) check_decls(link_style.decls, reporter);
}

}  // namespace merrow::lint
