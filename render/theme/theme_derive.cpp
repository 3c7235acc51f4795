// The derivations of mermaid 11.17's theme classes that flowcharts and
// mindmaps read, line for line in mermaid's order (see theme_derive.hpp).
// `t.set_default(k, v)` is mermaid's `this.k = this.k || v`; `t.set(k, v)` an
// unconditional assignment. Constructors run with darkMode unset, as in mermaid.
#include "render/theme/theme_derive.hpp"

#include <array>
#include <utility>

#include "render/color/khroma.hpp"

namespace merrow {
namespace {

using khroma::adjust;
using khroma::darken;
using khroma::invert;
using khroma::lighten;
using khroma::mk_border;

constexpr int kThemeColorLimit = 12;  // THEME_COLOR_LIMIT

std::string indexed(const char* name, int i) { return name + std::to_string(i); }

// A theme object under construction: JS properties, "" = undefined (falsy).
class ThemeObject {
 public:
  ThemeVariableMap vars;

  std::string_view operator[](std::string_view key) const {
    auto it = vars.find(key);
    return it == vars.end() ? std::string_view() : std::string_view(it->second);
  }
  bool has(std::string_view key) const { return !(*this)[key].empty(); }
  void set(std::string_view key, std::string value) { vars.insert_or_assign(std::string(key), std::move(value)); }
  void set(std::string_view key, std::string_view value) { set(key, std::string(value)); }
  void set(std::string_view key, const char* value) { set(key, std::string(value)); }
  // this.key = this.key || make()  (make() only runs when needed, as in JS)
  template <typename Make>
  void set_default(std::string_view key, Make&& make) {
    if (!has(key)) set(key, std::string(make()));
  }
  void set_default_to(std::string_view key, std::string_view value) {
    if (!has(key)) set(key, value);
  }
  std::string copy(std::string_view key) const { return std::string((*this)[key]); }
};

// The hue steps of cScale3..11 from primaryColor (default, forest, base).
constexpr std::array<double, kThemeColorLimit> kScaleHue = {0, 0, 0, 30, 60, 90, 120, 150, 210, 270, 300, 330};

// cScale0..11 = cScale || primary, secondary, tertiary, primary + hue steps.
void default_scale(ThemeObject& t, double scale8_lightness) {
  t.set_default("cScale0", [&] { return t.copy("primaryColor"); });
  t.set_default("cScale1", [&] { return t.copy("secondaryColor"); });
  t.set_default("cScale2", [&] { return t.copy("tertiaryColor"); });
  for (int i = 3; i < kThemeColorLimit; ++i)
    t.set_default(indexed("cScale", i), [&] {
      return adjust(t["primaryColor"], {.h = kScaleHue[i], .l = i == 8 ? scale8_lightness : 0.0});
    });
}

void fixed_scale(ThemeObject& t, const std::array<const char*, kThemeColorLimit>& scale) {
  for (int i = 0; i < kThemeColorLimit; ++i)
    if (*scale[i]) t.set_default_to(indexed("cScale", i), scale[i]);
}

void darken_scale(ThemeObject& t, double amount) {
  for (int i = 0; i < kThemeColorLimit; ++i) {
    const std::string key = indexed("cScale", i);
    t.set(key, darken(t[key], amount));
  }
}

void scale_inverses_by_hue(ThemeObject& t) {  // cScaleInv = adjust(cScale, {h: 180})
  for (int i = 0; i < kThemeColorLimit; ++i)
    t.set_default(indexed("cScaleInv", i), [&] { return adjust(t[indexed("cScale", i)], {.h = 180}); });
}

void scale_inverses(ThemeObject& t) {  // cScaleInv = invert(cScale)
  for (int i = 0; i < kThemeColorLimit; ++i)
    t.set_default(indexed("cScaleInv", i), [&] { return invert(t[indexed("cScale", i)]); });
}

void scale_labels(ThemeObject& t, std::string_view label) {
  for (int i = 0; i < kThemeColorLimit; ++i) t.set_default_to(indexed("cScaleLabel", i), label);
}

// The flowchart block every classic theme shares.
void flowchart_links(ThemeObject& t) {
  t.set("nodeBkg", t.copy("mainBkg"));
  t.set("nodeBorder", t.copy("border1"));
  t.set("clusterBkg", t.copy("secondBkg"));
  t.set("clusterBorder", t.copy("border2"));
  t.set("defaultLinkColor", t.copy("lineColor"));
}

void git0_from_primary(ThemeObject& t, bool dark) {
  t.set_default("git0", [&] { return t.copy("primaryColor"); });
  t.set("git0", dark ? lighten(t["git0"], 25) : darken(t["git0"], 25));
}

// ---- theme-base.js ----

void construct_base(ThemeObject& t) {
  t.set("background", "#f4f4f4");
  t.set("primaryColor", "#fff4dd");
}

void update_base(ThemeObject& t, bool dark) {
  t.set_default_to("primaryTextColor", dark ? "#eee" : "#333");
  t.set_default("secondaryColor", [&] { return adjust(t["primaryColor"], {.h = -120}); });
  t.set_default("tertiaryColor", [&] { return adjust(t["primaryColor"], {.h = 180, .l = 5}); });
  t.set_default("primaryBorderColor", [&] { return mk_border(t["primaryColor"], dark); });
  t.set_default("secondaryBorderColor", [&] { return mk_border(t["secondaryColor"], dark); });
  t.set_default("tertiaryBorderColor", [&] { return mk_border(t["tertiaryColor"], dark); });
  t.set_default("secondaryTextColor", [&] { return invert(t["secondaryColor"]); });
  t.set_default("tertiaryTextColor", [&] { return invert(t["tertiaryColor"]); });
  t.set_default("lineColor", [&] { return invert(t["background"]); });
  t.set_default("arrowheadColor", [&] { return invert(t["background"]); });
  t.set_default("textColor", [&] { return t.copy("primaryTextColor"); });
  t.set_default("border2", [&] { return t.copy("tertiaryBorderColor"); });
  t.set_default("nodeBkg", [&] { return t.copy("primaryColor"); });
  t.set_default("mainBkg", [&] { return t.copy("primaryColor"); });
  t.set_default("nodeBorder", [&] { return t.copy("primaryBorderColor"); });
  t.set_default("clusterBkg", [&] { return t.copy("tertiaryColor"); });
  t.set_default("clusterBorder", [&] { return t.copy("tertiaryBorderColor"); });
  t.set_default("defaultLinkColor", [&] { return t.copy("lineColor"); });
  t.set_default("titleColor", [&] { return t.copy("tertiaryTextColor"); });
  t.set_default("edgeLabelBackground",
                [&] { return dark ? darken(t["secondaryColor"], 30) : t.copy("secondaryColor"); });
  t.set_default("nodeTextColor", [&] { return t.copy("primaryTextColor"); });
  t.set_default("actorTextColor", [&] { return t.copy("primaryTextColor"); });
  t.set_default("labelTextColor", [&] { return t.copy("actorTextColor"); });
  default_scale(t, 150);  // cScale8: adjust(primary, {h: 210, l: 150})
  darken_scale(t, dark ? 75 : 25);
  scale_inverses(t);
  t.set_default("scaleLabelColor", [&] { return t.copy("labelTextColor"); });
  scale_labels(t, t["scaleLabelColor"]);
  git0_from_primary(t, dark);
  t.set_default("branchLabelColor", [&] { return dark ? std::string("black") : t.copy("labelTextColor"); });
  t.set_default("gitBranchLabel0", [&] { return t.copy("branchLabelColor"); });
}

// ---- theme-default.js ----

void update_default(ThemeObject& t, bool dark) {
  default_scale(t, 0);
  darken_scale(t, 10);
  scale_inverses_by_hue(t);
  // Skipped while labelTextColor is still "calculated", i.e. in the
  // constructor's own updateColors() pass.
  if (t["labelTextColor"] != "calculated") {
    t.set_default("cScaleLabel0", [&] { return invert(t["labelTextColor"]); });
    t.set_default("cScaleLabel3", [&] { return invert(t["labelTextColor"]); });
    scale_labels(t, t["labelTextColor"]);
  }
  flowchart_links(t);
  t.set("titleColor", t.copy("textColor"));
  t.set("edgeLabelBackground", t.copy("labelBackground"));
  t.set("labelTextColor", t.copy("actorTextColor"));
  git0_from_primary(t, dark);
  t.set_default("gitBranchLabel0", [&] { return invert(t["labelTextColor"]); });
}

void construct_default(ThemeObject& t) {
  t.set("primaryColor", "#ECECFF");
  t.set("secondaryColor", "#ffffde");
  t.set("tertiaryColor", adjust("#ECECFF", {.h = -160}));
  t.set("background", "white");
  t.set("mainBkg", "#ECECFF");
  t.set("secondBkg", "#ffffde");
  t.set("lineColor", "#333333");
  t.set("border1", "#9370DB");
  t.set("border2", "#aaaa33");
  t.set("labelBackground", "rgba(232,232,232, 0.8)");
  t.set("textColor", "#333");
  t.set("actorTextColor", "black");
  t.set("labelTextColor", "calculated");
  update_default(t, false);  // theme-default.js's constructor ends with updateColors()
}

// ---- theme-dark.js ----

void construct_dark(ThemeObject& t) {
  t.set("background", "#333");
  t.set("primaryColor", "#1f2020");
  t.set("secondaryColor", lighten("#1f2020", 16));
  t.set("tertiaryColor", adjust("#1f2020", {.h = -160}));
  t.set("mainBkg", "#1f2020");
  t.set("mainContrastColor", "lightgrey");
  t.set("border1", "#ccc");
  t.set("border2", khroma::rgba(255, 255, 255, 0.25));
  t.set("labelBackground", "#181818");
  t.set("textColor", "#ccc");
  t.set("titleColor", "#F9FFFE");
}

void update_dark(ThemeObject& t, bool dark) {
  t.set("secondBkg", lighten(t["mainBkg"], 16));
  t.set("lineColor", t.copy("mainContrastColor"));
  flowchart_links(t);
  t.set("edgeLabelBackground", lighten(t["labelBackground"], 25));
  t.set("labelTextColor", t.copy("mainContrastColor"));
  fixed_scale(t, {"", "#0b0000", "#4d1037", "#3f5258", "#4f2f1b", "#6e0a0a", "#3b0048", "#995a01", "#154706",
                  "#161722", "#00296f", "#01629c"});
  t.set_default("cScale0", [&] { return t.copy("primaryColor"); });
  scale_inverses(t);
  t.set_default("scaleLabelColor", [&] { return dark ? std::string("black") : t.copy("labelTextColor"); });
  scale_labels(t, t["scaleLabelColor"]);
  t.set("git0", lighten(t["secondaryColor"], 20));
  t.set_default("gitBranchLabel0", [&] { return invert(t["labelTextColor"]); });
  t.set_default_to("nodeBorder", "#999");
}

// ---- theme-forest.js ----

void construct_forest(ThemeObject& t) {
  t.set("primaryColor", "#cde498");
  t.set("secondaryColor", "#cdffb2");
  t.set("background", "white");
  t.set("mainBkg", "#cde498");
  t.set("secondBkg", "#cdffb2");
  t.set("border1", "#13540c");
  t.set("border2", "#6eaa49");
  t.set("tertiaryColor", lighten("#cde498", 10));
  t.set("lineColor", invert("white"));  // "green" first, then invert(background)
  t.set("textColor", invert("white"));
  t.set("titleColor", "#333");
  t.set("edgeLabelBackground", "#e8e8e8");
  t.set("actorTextColor", "black");
}

void update_forest(ThemeObject& t, bool dark) {
  t.set("labelTextColor", t.copy("actorTextColor"));
  default_scale(t, 0);
  darken_scale(t, 10);
  scale_inverses_by_hue(t);
  const std::string_view scale_label = t["scaleLabelColor"];
  t.set("scaleLabelColor", scale_label != "calculated" && !scale_label.empty() ? std::string(scale_label)
                                                                                : t.copy("labelTextColor"));
  scale_labels(t, t["scaleLabelColor"]);
  flowchart_links(t);
  git0_from_primary(t, dark);
  t.set_default("gitBranchLabel0", [&] { return invert(t["labelTextColor"]); });
}

// ---- theme-neutral.js ----

void construct_neutral(ThemeObject& t) {
  t.set("primaryColor", "#eee");
  t.set("contrast", "#707070");
  t.set("secondaryColor", lighten("#707070", 55));
  t.set("background", "#ffffff");
  t.set("tertiaryColor", adjust("#eee", {.h = -160}));
  t.set("textColor", invert("#ffffff"));
  t.set("mainBkg", "#eee");
  t.set("lineColor", "#666");
  t.set("border1", "#999");
  t.set("text", "#333");
  t.set("edgeLabelBackground", "white");
}

void update_neutral(ThemeObject& t, bool dark) {
  t.set("secondBkg", lighten(t["contrast"], 55));
  t.set("border2", t.copy("contrast"));
  t.set("labelTextColor", t.copy("text"));
  fixed_scale(t, {"#555", "#F4F4F4", "#555", "#BBB", "#777", "#999", "#DDD", "#FFF", "#DDD", "#BBB", "#999", "#777"});
  scale_inverses(t);
  t.set_default("scaleLabelColor", [&] { return dark ? std::string("black") : t.copy("labelTextColor"); });
  t.set_default("cScaleLabel0", [&] { return t.copy("cScale1"); });
  t.set_default("cScaleLabel2", [&] { return t.copy("cScale1"); });
  scale_labels(t, t["scaleLabelColor"]);
  flowchart_links(t);
  t.set("titleColor", t.copy("text"));
  // git0 = darken(pie1, 25) || primaryColor, where pie1 = cScale1.
  t.set("git0", darken(t["cScale1"], 25));
  t.set_default("branchLabelColor", [&] { return t.copy("labelTextColor"); });
  t.set("gitBranchLabel0", t.copy("branchLabelColor"));
}

}  // namespace

ThemeVariableMap derive_theme_variables(std::string_view theme, const std::map<std::string, std::string>& overrides,
                                        bool dark_mode) {
  using Step = void (*)(ThemeObject&, bool);
  void (*construct)(ThemeObject&) = construct_default;
  Step update = update_default;
  if (theme == "base") construct = construct_base, update = update_base;
  if (theme == "dark") construct = construct_dark, update = update_dark;
  if (theme == "forest") construct = construct_forest, update = update_forest;
  if (theme == "neutral") construct = construct_neutral, update = update_neutral;

  // Theme.calculate(overrides): assign, updateColors(), assign again.
  ThemeObject t;
  construct(t);
  for (const auto& [key, value] : overrides) t.set(key, value);
  update(t, dark_mode);
  for (const auto& [key, value] : overrides) t.set(key, value);
  return std::move(t.vars);
}

}  // namespace merrow
