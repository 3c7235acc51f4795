// CSS font-family list -> one font file, the way Chromium on Linux picks it:
// walk the list and take the first family that is installed under that exact
// name or under a metric-compatible alias (Arial -> Liberation Sans, ...);
// generic families (sans-serif, serif, monospace, ...) take fontconfig's
// match. Never fontconfig's "closest guess" for a named family that is
// missing (fc-match "trebuchet ms" gives DejaVu Sans; Chromium skips it).
//
// Resolutions are cached in $XDG_CACHE_HOME/merrow/fonts.cache (fontconfig
// init + match costs several ms per process); the cache is keyed by a stamp
// of the fontconfig configuration and the font directories' mtimes.
// Post: never throws; a list that matches nothing gives the sans-serif match
// (or an empty `file` when no font is installed at all).
#pragma once
#include <string>
#include <string_view>
#include <vector>

namespace merrow {

struct FontFile {
  std::string file;    // absolute path
  int index = 0;       // face index inside a collection
  std::string family;  // the installed family that was chosen
  bool bold = false;   // the face really is bold (else the renderer may embolden)
  bool italic = false; // the face really is italic/oblique (else it may slant)
  bool operator==(const FontFile&) const = default;
};

FontFile resolve_font(std::string_view family_list, bool bold, bool italic);

// A font for code points the resolved font lacks (DejaVu Sans when installed).
FontFile fallback_font(bool bold, bool italic);

// The family a metric-compatible alias stands for ("arial" -> "Liberation
// Sans"), or "" when there is none. Case-insensitive.
std::string_view metric_alias(std::string_view family);

// Parses `"trebuchet ms", verdana, arial` into unquoted, trimmed names.
std::vector<std::string> split_family_list(std::string_view family_list);

}  // namespace merrow
