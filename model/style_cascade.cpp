// See style_cascade.hpp.
#include "model/style_cascade.hpp"

#include <cctype>
#include <charconv>
#include <cmath>

namespace merrow {

const std::vector<StyleDecl>& link_declarations(const Flowchart& chart, EdgeIndex index) {
  static const std::vector<StyleDecl> none;
  return index < chart.edges.size() ? chart.edges[index].style : none;
}

std::string css_lower_trimmed(std::string_view text) {
  while (!text.empty() && std::isspace(static_cast<unsigned char>(text.front()))) text.remove_prefix(1);
  while (!text.empty() && (std::isspace(static_cast<unsigned char>(text.back())) || text.back() == ';'))
    text.remove_suffix(1);
  std::string out(text);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (out.ends_with("!important")) {
    out.resize(out.size() - 10);
    while (!out.empty() && std::isspace(static_cast<unsigned char>(out.back()))) out.pop_back();
  }
  return out;
}

std::optional<double> parse_css_length(std::string_view text, double percent_base) {
  double value = 0;
  auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc() || !std::isfinite(value) || value < 0) return std::nullopt;
  std::string_view unit(ptr, static_cast<size_t>(text.data() + text.size() - ptr));
  if (unit.empty() || unit == "px") return value;
  if (unit == "pt") return value * 4 / 3;
  if (unit == "em" || unit == "rem") return value * 16;
  if (unit == "%") return value * percent_base / 100;
  return std::nullopt;
}

}  // namespace merrow
