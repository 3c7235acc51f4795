// The baked variable tables of mermaid's five built-in themes.
#pragma once
#include <span>
#include <string_view>

namespace merrow {

struct ThemeEntry {
  std::string_view name;   // themeVariables key, e.g. "mainBkg"
  std::string_view value;  // as mermaid resolves it, e.g. "#ECECFF", "16px"
};

// Sorted by name; empty for an unknown theme name.
std::span<const ThemeEntry> builtin_theme_table(std::string_view name);

}  // namespace merrow
