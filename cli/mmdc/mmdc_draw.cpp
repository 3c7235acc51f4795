#include "cli/mmdc/mmdc_draw.hpp"

#include <algorithm>
#include <cctype>

#include "grammar/parse.hpp"

namespace merrow::mmdc {
namespace {

std::string where(const Source& source, uint32_t offset) {
  const Position at = source.position(offset);
  return source.origin() + ":" + std::to_string(at.line) + ":" + std::to_string(at.column);
}

// Where the diagram itself starts (its type line), for messages about the whole diagram.
uint32_t first_text_offset(const Source& source) {
  const std::string& text = source.text();
  const size_t at = text.find_first_not_of(" \t\r\n");
  return at == std::string::npos ? 0 : static_cast<uint32_t>(at);
}

// mermaid's setAccDescription: `.replace(/\n\s+/g, "\n")` (mmdc's alt text is the SVG's <desc>).
std::string without_line_indents(const std::string& text) {
  std::string out;
  for (size_t i = 0; i < text.size(); ++i) {
    out.push_back(text[i]);
    if (text[i] == '\n')
      while (i + 1 < text.size() && std::isspace(static_cast<unsigned char>(text[i + 1]))) ++i;
  }
  return out;
}

}  // namespace

Drawing draw(const Source& source, ImageFormat format, const RenderSettings& settings, const FontMeasurer& fonts,
             const std::vector<ClassStyle>& class_styles) {
  Drawing out;
  ParseResult parsed = parse_diagram(source, settings.limits);
  const auto error = std::find_if(parsed.diagnostics.begin(), parsed.diagnostics.end(),
                                  [](const Diagnostic& d) { return d.severity == Severity::error; });
  if (error != parsed.diagnostics.end()) {
    out.message = where(source, error->span.begin) + ": error: " + error->message +
                  (error->label.empty() ? "" : " (" + error->label + ")") + "; `merrow lint` shows more";
    return out;
  }
  if (!parsed.supported) {
    const std::string at = where(source, first_text_offset(source));
    if (parsed.type.empty()) {
      out.message = at + ": error: no mermaid diagram found";
    } else {
      out.outcome = Drawing::Outcome::not_drawn_type;
      out.message = at + ": warning: '" + parsed.type + "' diagrams are not drawn by merrow (flowchart and mindmap only)";
    }
    return out;
  }
  if (auto* chart = std::get_if<Flowchart>(&parsed.diagram)) {
    // After the diagram's own classDefs, as mmdc's appended CSS comes after mermaid's.
    for (const ClassStyle& style : class_styles) {
      ClassDef def{style.class_name, {}, {}};
      for (const auto& [property, value] : style.declarations) def.decls.push_back({property, value, {}});
      chart->class_defs.push_back(std::move(def));
    }
    out.title = chart->acc_title;
    out.desc = without_line_indents(chart->acc_descr);
  }
  RenderedImage image = render_diagram(parsed, format, settings, fonts);
  if (!image.ok()) {
    out.message = where(source, first_text_offset(source)) + ": error: " + image.error;
    return out;
  }
  out.outcome = Drawing::Outcome::drawn;
  out.data = std::move(image.data);
  return out;
}

}  // namespace merrow::mmdc
