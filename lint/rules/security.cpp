// URLs that run script when clicked. mermaid's default securityLevel
// ("strict") strips them, so they are at best dead links and at worst an XSS
// vector where a site lowers the level: an error either way.
#include <algorithm>
#include <cctype>
#include <string>

#include "lint/rules/families.hpp"

namespace merrow::lint {
namespace {

// The scheme as a browser sees it: leading whitespace and control
// characters dropped, tabs and newlines inside removed, lower-cased.
std::string normalized_scheme(std::string_view url) {
  std::string out;
  for (const char c : url) {
    const auto u = static_cast<unsigned char>(c);
    if (u <= 0x20) continue;
    if (c == ':') return out + ':';
    out += static_cast<char>(std::tolower(u));
    if (out.size() > 16) break;
  }
  return "";
}

std::string_view script_scheme(std::string_view url) {
  const std::string scheme = normalized_scheme(url);
  if (scheme == "javascript:") return "javascript:";
  if (scheme == "vbscript:") return "vbscript:";
  if (scheme == "data:") {
    std::string lower(url);
    std::transform(lower.begin(), lower.end(), lower.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    if (lower.find("text/html") != std::string::npos || lower.find("script") != std::string::npos) {
      return "data:";
    }
  }
  return "";
}

}  // namespace

void check_security(const Flowchart& chart, Reporter& reporter) {
  for (const auto& click : chart.clicks) {
    if (click.kind != Click::Kind::href) continue;
    const auto scheme = script_scheme(click.href);
    if (scheme.empty()) continue;
    reporter.report("M300", click.span,
                    "`click " + click.target + "` links to a `" + std::string(scheme) +
                        "` URL, which runs script; link to a page instead",
                    "script URL");
  }
  for (const auto& node : chart.nodes) {
    if (node.img.empty()) continue;
    const auto scheme = script_scheme(node.img);
    if (scheme.empty()) continue;
    reporter.report("M300", node.span,
                    "node `" + node.id + "` loads an image from a `" + std::string(scheme) + "` URL",
                    "script URL");
  }
}

}  // namespace merrow::lint
