// Browser-like font family resolution over fontconfig (see font_resolver.hpp).
#include "render/text/font_resolver.hpp"

#include <fontconfig/fontconfig.h>

#include <algorithm>
#include <cctype>
#include <mutex>
#include <optional>

#include "render/text/font_cache.hpp"

namespace merrow {
namespace {

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

bool is_generic(std::string_view lower_name) {
  static constexpr std::string_view generics[] = {"sans-serif", "serif", "monospace", "cursive",
                                                  "fantasy", "system-ui", "ui-sans-serif",
                                                  "ui-serif", "ui-monospace", "-apple-system"};
  return std::find(std::begin(generics), std::end(generics), lower_name) != std::end(generics);
}

// fontconfig's canonical name for a generic (system-ui and friends map to sans).
std::string fontconfig_generic(std::string_view lower_name) {
  if (lower_name == "serif" || lower_name == "ui-serif") return "serif";
  if (lower_name == "monospace" || lower_name == "ui-monospace") return "monospace";
  return "sans-serif";
}

FcConfig* fontconfig() {
  static FcConfig* config = FcInitLoadConfigAndFonts();
  return config;
}

// fontconfig's match for `family`; `exact_family` requires that the match's
// family (any of its names) equals `wanted` case-insensitively.
std::optional<FontFile> match(const std::string& family, bool bold, bool italic,
                              std::string_view wanted) {
  FcConfig* config = fontconfig();
  if (!config) return std::nullopt;
  FcPattern* pattern = FcPatternCreate();
  FcPatternAddString(pattern, FC_FAMILY, reinterpret_cast<const FcChar8*>(family.c_str()));
  FcPatternAddInteger(pattern, FC_WEIGHT, bold ? FC_WEIGHT_BOLD : FC_WEIGHT_REGULAR);
  FcPatternAddInteger(pattern, FC_SLANT, italic ? FC_SLANT_ITALIC : FC_SLANT_ROMAN);
  FcConfigSubstitute(config, pattern, FcMatchPattern);
  FcDefaultSubstitute(pattern);
  FcResult result = FcResultNoMatch;
  FcPattern* found = FcFontMatch(config, pattern, &result);
  FcPatternDestroy(pattern);
  if (!found) return std::nullopt;
  std::optional<FontFile> out;
  FcChar8* file = nullptr;
  FcChar8* name = nullptr;
  bool family_ok = wanted.empty();
  std::string first_family;
  for (int i = 0; FcPatternGetString(found, FC_FAMILY, i, &name) == FcResultMatch; ++i) {
    std::string n = reinterpret_cast<const char*>(name);
    if (i == 0) first_family = n;
    if (lower(n) == lower(wanted)) {
      family_ok = true;
      first_family = n;
    }
  }
  if (family_ok && FcPatternGetString(found, FC_FILE, 0, &file) == FcResultMatch) {
    int index = 0, weight = FC_WEIGHT_REGULAR, slant = FC_SLANT_ROMAN;
    FcPatternGetInteger(found, FC_INDEX, 0, &index);
    FcPatternGetInteger(found, FC_WEIGHT, 0, &weight);
    FcPatternGetInteger(found, FC_SLANT, 0, &slant);
    out = FontFile{reinterpret_cast<const char*>(file), index, first_family,
                   weight >= FC_WEIGHT_DEMIBOLD, slant != FC_SLANT_ROMAN};
  }
  FcPatternDestroy(found);
  return out;
}

FontFile resolve_uncached(std::string_view family_list, bool bold, bool italic) {
  for (const std::string& name : split_family_list(family_list)) {
    std::string key = lower(name);
    if (is_generic(key)) {
      if (auto f = match(fontconfig_generic(key), bold, italic, "")) return *f;
      continue;
    }
    if (auto f = match(name, bold, italic, name)) return *f;
    if (auto alias = metric_alias(key); !alias.empty())
      if (auto f = match(std::string(alias), bold, italic, alias)) return *f;
  }
  if (auto f = match("sans-serif", bold, italic, "")) return *f;
  return {};
}

std::mutex cache_mutex;

}  // namespace

std::vector<std::string> split_family_list(std::string_view list) {
  std::vector<std::string> out;
  std::string current;
  char quote = 0;
  auto flush = [&] {
    size_t b = current.find_first_not_of(" \t\n");
    size_t e = current.find_last_not_of(" \t\n");
    if (b != std::string::npos) out.push_back(current.substr(b, e - b + 1));
    current.clear();
  };
  for (char c : list) {
    if (quote) {
      if (c == quote) quote = 0;
      else current += c;
    } else if (c == '"' || c == '\'') {
      quote = c;
    } else if (c == ',') {
      flush();
    } else if (c != ';') {
      current += c;
    }
  }
  flush();
  return out;
}

std::string_view metric_alias(std::string_view family) {
  // fontconfig's 30-metric-aliases.conf, the subset Chromium honours.
  static constexpr std::pair<std::string_view, std::string_view> aliases[] = {
      {"arial", "Liberation Sans"},        {"helvetica", "Liberation Sans"},
      {"arimo", "Liberation Sans"},        {"times new roman", "Liberation Serif"},
      {"times", "Liberation Serif"},       {"tinos", "Liberation Serif"},
      {"courier new", "Liberation Mono"},  {"courier", "Liberation Mono"},
      {"cousine", "Liberation Mono"},      {"arial narrow", "Liberation Sans Narrow"},
  };
  std::string key = lower(family);
  for (const auto& [from, to] : aliases)
    if (from == key) return to;
  return {};
}

FontFile resolve_font(std::string_view family_list, bool bold, bool italic) {
  std::lock_guard lock(cache_mutex);
  static FontCache cache;
  std::string key = std::string(family_list) + (bold ? "|b" : "|r") + (italic ? "i" : "n");
  if (auto hit = cache.find(key)) return *hit;
  FontFile font = resolve_uncached(family_list, bold, italic);
  if (!font.file.empty()) cache.store(key, font);
  return font;
}

FontFile fallback_font(bool bold, bool italic) {
  return resolve_font("DejaVu Sans, sans-serif", bold, italic);
}

}  // namespace merrow
