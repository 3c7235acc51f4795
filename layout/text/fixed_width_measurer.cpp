#include "layout/text/text_measurer.hpp"

namespace merrow {

double FixedWidthMeasurer::width(std::string_view utf8, const FontSpec& font) const {
  double code_points = 0;
  for (unsigned char c : utf8) {
    if ((c & 0xC0) != 0x80) code_points += 1;
  }
  return code_points * em_ * font.size;
}

FontMetrics FixedWidthMeasurer::metrics(const FontSpec& font) const {
  return {0.8 * font.size, 0.2 * font.size};
}

}  // namespace merrow
