// CSS that mermaid passes to SVG elements where it has no effect. People
// coming from HTML write `background` and `border`; SVG wants `fill` and `stroke`.
#include <array>
#include <cctype>
#include <optional>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

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

// `border:1px solid red` -> `stroke-width:1px,stroke:red`: the width, the
// colour and (dashed/dotted) a dash pattern; none when a part is not understood.
std::optional<Fix> border_fix(const StyleDecl& decl, std::string_view text) {
  if (decl.span.end > text.size() || text.substr(decl.span.begin, decl.span.end - decl.span.begin).find(',') !=
                                         std::string_view::npos)
    return std::nullopt;
  std::vector<std::string> parts;
  std::string width, colour, dashes;
  std::istringstream words(decl.value);
  for (std::string word; words >> word;) {
    if (word == "solid" || word == "none") continue;
    if (word == "dashed" || word == "dotted") {
      dashes = word == "dashed" ? "5 5" : "2 2";
    } else if (std::isdigit(static_cast<unsigned char>(word[0])) != 0) {
      if (!width.empty()) return std::nullopt;
      width = word;
    } else {
      if (!colour.empty()) return std::nullopt;
      colour = word;
    }
  }
  if (decl.property == "border-style") {
    if (dashes.empty() || !width.empty() || !colour.empty()) return std::nullopt;
    parts.push_back("stroke-dasharray:" + dashes);
  } else {
    if (!width.empty()) parts.push_back("stroke-width:" + width);
    if (!colour.empty()) parts.push_back("stroke:" + colour);
    if (!dashes.empty()) parts.push_back("stroke-dasharray:" + dashes);
  }
  if (parts.empty()) return std::nullopt;
  std::string replacement;
  for (const auto& part : parts) replacement += (replacement.empty() ? "" : ",") + part;
  return Fix{"write `" + replacement + "`", {{decl.span, replacement}}, false};
}

void check_decls(const std::vector<StyleDecl>& decls, Reporter& reporter) {
  for (const auto& decl : decls) {
    for (const auto& [property, instead] : kIgnored) {
      if (decl.property != property) continue;
      std::string message = "CSS property `" + decl.property + "` has no effect on mermaid's SVG";
      if (!instead.empty()) message += "; use `" + std::string(instead) + "`";
      auto& diagnostic = reporter.report("M219", decl.span, message, "ignored");
      if (property == "border" || property == "border-style") {
        // A shorthand (`border:1px solid red`) is no stroke colour: split it.
        if (auto fix = border_fix(decl, reporter.text())) diagnostic.fix = std::move(fix);
      } else if (!instead.empty() && reporter.text().substr(decl.span.begin, property.size()) == property) {
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
