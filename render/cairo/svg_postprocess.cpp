#include "render/cairo/svg_postprocess.hpp"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <cstring>
#include <iterator>
#include <map>
#include <string_view>

namespace merrow {
namespace {

std::string xml_escape(const std::string& text) {
  std::string out;
  for (char c : text) {
    switch (c) {
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '&': out += "&amp;"; break;
      case '"': out += "&quot;"; break;
      default: out += c;
    }
  }
  return out;
}

// Renumbers `<prefix><digits>` after `"` or `#` by first appearance, per prefix.
// The scan jumps between `"` and `#` with memchr and copies the text in
// between in one piece: this pass was 9 % of an SVG render char by char.
std::string renumber_ids(const std::string& svg) {
  static constexpr std::string_view prefixes[] = {"surface", "glyph", "clip", "mask", "pattern",
                                                  "image", "linear", "radial", "source", "filter"};
  constexpr size_t kPrefixes = std::size(prefixes);
  std::map<std::string, int, std::less<>> seen[kPrefixes];  // per prefix: old number -> new
  std::string out;
  out.reserve(svg.size());
  const char* const begin = svg.data();
  const char* const end = begin + svg.size();
  auto next = [&](const char* from, char c) {
    const void* at = std::memchr(from, c, static_cast<size_t>(end - from));
    return at ? static_cast<const char*>(at) : end;
  };
  const char* copied = begin;
  const char* quote = next(begin, '"');
  const char* hash = next(begin, '#');
  while (quote != end || hash != end) {
    const char* mark = std::min(quote, hash);
    const size_t i = static_cast<size_t>(mark - begin) + 1;
    if (mark == quote) quote = next(mark + 1, '"');
    else hash = next(mark + 1, '#');
    for (size_t k = 0; k < kPrefixes; ++k) {
      const std::string_view prefix = prefixes[k];
      if (svg.compare(i, prefix.size(), prefix) != 0) continue;
      size_t d = i + prefix.size(), e = d;
      while (e < svg.size() && std::isdigit(static_cast<unsigned char>(svg[e]))) ++e;
      if (e == d) break;
      auto& numbers = seen[k];
      const std::string_view old(svg.data() + d, e - d);
      // glyph ids keep their first number for the font and renumber it only:
      // "glyph3-7" -> "glyph0-7".
      auto it = numbers.find(old);
      if (it == numbers.end())
        it = numbers.emplace(std::string(old), static_cast<int>(numbers.size()) + (prefix == "glyph" ? 0 : 1)).first;
      out.append(copied, begin + i);
      out.append(prefix);
      out += std::to_string(it->second);
      copied = begin + e;
      break;
    }
  }
  out.append(copied, end);
  return out;
}

// width="240pt" -> width="240px" in the root element only.
void pt_to_px(std::string& svg, size_t open, size_t end) {
  for (std::string_view attr : {"width=\"", "height=\""}) {
    size_t a = svg.find(attr, open);
    if (a == std::string::npos || a > end) continue;
    size_t q = svg.find('"', a + attr.size());
    if (q != std::string::npos && q >= 2 && svg.compare(q - 2, 2, "pt") == 0) svg.replace(q - 2, 2, "px");
  }
}

}  // namespace

void postprocess_svg(std::string& svg, const std::string& title, const std::string& desc,
                     const std::vector<SvgLink>& links) {
  svg = renumber_ids(svg);
  if (!links.empty()) {
    auto close = svg.rfind("</svg>");
    if (close != std::string::npos) {
      std::string anchors;
      for (const SvgLink& link : links) {
        char box[160];
        std::snprintf(box, sizeof box, "x=\"%.3f\" y=\"%.3f\" width=\"%.3f\" height=\"%.3f\"",
                      link.bounds.left(), link.bounds.top(), link.bounds.width, link.bounds.height);
        anchors += "<a xlink:href=\"" + xml_escape(link.url) + "\"><rect " + box +
                   " fill=\"#000\" fill-opacity=\"0\"/></a>\n";
      }
      svg.insert(close, anchors);
    }
  }
  auto open = svg.find("<svg");
  if (open == std::string::npos) return;
  auto end = svg.find('>', open);
  if (end == std::string::npos) return;
  pt_to_px(svg, open, end);
  end = svg.find('>', open);
  std::string extra;
  if (!title.empty()) extra += "\n<title>" + xml_escape(title) + "</title>";
  if (!desc.empty()) extra += "\n<desc>" + xml_escape(desc) + "</desc>";
  svg.insert(end + 1, extra);
  svg.insert(end, " role=\"img\"");
}

}  // namespace merrow
