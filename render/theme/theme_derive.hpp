// mermaid's theme classes (theme-base/default/dark/forest/neutral.js), run the
// way Theme.calculate(overrides) runs them: constructor, overrides assigned,
// updateColors(), overrides assigned again. Only the variables a flowchart or
// a mindmap reads are ported, with everything they derive from:
//   mainBkg nodeBorder nodeTextColor textColor clusterBkg clusterBorder
//   titleColor lineColor edgeLabelBackground git0 gitBranchLabel0
//   cScale<i> cScaleLabel<i> cScaleInv<i> (i < 12)
// and their inputs (primaryColor, border1, secondBkg, labelBackground, ...).
//
// Each theme derives differently, and the quirks are mermaid's, kept on purpose:
//   default: the constructor already calls updateColors(), so calculate() runs
//            it twice — cScale is darkened twice and, once set, no longer
//            follows primaryColor; node fill is mainBkg, not primaryColor.
//   dark:    secondaryColor/tertiaryColor are computed in the constructor
//            (before overrides), so primaryColor moves only cScale0;
//            clusterBkg = lighten(mainBkg, 16), edgeLabelBackground =
//            lighten(labelBackground, 25), lineColor = mainContrastColor.
//   forest:  cScale follows primaryColor (darkened once); nodes use mainBkg.
//   neutral: cScale is a fixed grey ramp; clusters follow `contrast`.
//   base:    everything follows primaryColor (the theme meant for overrides).
//
// Pre: theme is one of the five names (anything else is "default"); values
// are the user's themeVariables as text. Post: the computed variables, as the
// strings mermaid would put in its CSS (khroma's printing).
#pragma once
#include <map>
#include <string>
#include <string_view>

namespace merrow {

using ThemeVariableMap = std::map<std::string, std::string, std::less<>>;

ThemeVariableMap derive_theme_variables(std::string_view theme, const std::map<std::string, std::string>& overrides,
                                        bool dark_mode);

}  // namespace merrow
