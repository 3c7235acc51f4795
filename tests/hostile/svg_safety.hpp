// Whether an SVG could run something or reach outside itself: the check of
// the SVG safety tests and of the render fuzzer.
#pragma once
#include <regex>
#include <string>
#include <vector>

namespace merrow::svg_safety {

// The start tags of the document ("<name attributes...>"); text content is
// left out: an escaped label such as "&lt;img onerror=...&gt;" in <title> is
// harmless text, not markup.
inline std::vector<std::string> start_tags(const std::string& svg) {
  std::vector<std::string> tags;
  static const std::regex tag(R"(<[A-Za-z][^>]*>)");
  for (auto it = std::sregex_iterator(svg.begin(), svg.end(), tag); it != std::sregex_iterator(); ++it)
    tags.push_back(it->str());
  return tags;
}

// The values of one kind of reference (href="..." or url(...)) in the tags.
inline std::vector<std::string> targets(const std::vector<std::string>& tags, const std::regex& reference) {
  std::vector<std::string> found;
  for (const auto& t : tags)
    for (auto it = std::sregex_iterator(t.begin(), t.end(), reference); it != std::sregex_iterator(); ++it)
      found.push_back((*it)[1].str());
  return found;
}

// Why the SVG could run something or reach outside itself; "" when it cannot.
// Links may leave (http, https, mailto); paint and style references (url())
// must stay inside the document.
inline std::string first_unsafe(const std::string& svg) {
  static const std::regex script(R"(<\s*script)", std::regex::icase);
  static const std::regex foreign(R"(<\s*foreignObject)", std::regex::icase);
  static const std::regex handler(R"(\son[a-z]+\s*=)", std::regex::icase);
  static const std::regex javascript(R"(j\s*a\s*v\s*a\s*s\s*c\s*r\s*i\s*p\s*t\s*:)", std::regex::icase);
  static const std::regex href(R"(href\s*=\s*["']([^"']*)["'])", std::regex::icase);
  static const std::regex url(R"(url\(\s*["']?([^"')]*))", std::regex::icase);
  static const std::regex link_target(R"(^\s*(#|https?://|mailto:))", std::regex::icase);
  if (std::regex_search(svg, script)) return "a <script> element";
  if (std::regex_search(svg, foreign)) return "a <foreignObject> element";
  const auto tags = start_tags(svg);
  for (const auto& tag : tags) {
    if (std::regex_search(tag, handler)) return "an event handler in " + tag.substr(0, 200);
    if (std::regex_search(tag, javascript)) return "javascript: in " + tag.substr(0, 200);
  }
  for (const auto& target : targets(tags, href))
    if (!std::regex_search(target, link_target)) return "a link to " + target;
  for (const auto& target : targets(tags, url))
    if (!target.starts_with("#")) return "an outside reference url(" + target + ")";
  return "";
}

}  // namespace merrow::svg_safety
