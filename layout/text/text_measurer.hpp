// How layout learns the size of text. Render implements it with HarfBuzz +
// FreeType + fontconfig; tests use FixedWidthMeasurer.
#pragma once
#include <string>
#include <string_view>

namespace merrow {

struct FontSpec {
  std::string family = "\"trebuchet ms\", verdana, arial, sans-serif";  // a CSS family list
  double size = 16;  // px
  bool bold = false;
  bool italic = false;
};

// An icon run (`fa:fa-car`) is a fixed-width box of this many em: mermaid-cli
// loads Font Awesome 7, whose icons are all 1.25 em wide.
inline constexpr double kIconWidthEm = 1.25;

struct FontMetrics {
  double ascent = 0;   // px above the baseline
  double descent = 0;  // px below the baseline (positive)
};

class TextMeasurer {
 public:
  virtual ~TextMeasurer() = default;
  // Advance width in px of a UTF-8 run drawn in `font` (shaped, kerning on).
  virtual double width(std::string_view utf8, const FontSpec& font) const = 0;
  virtual FontMetrics metrics(const FontSpec& font) const = 0;
  // Width in px of an icon run (`fa:fa-car`) in `font`; a measurer that
  // cannot draw the icon returns 0 (the label shows its text alone).
  virtual double icon_width(std::string_view icon, const FontSpec& font) const {
    (void)icon;
    return kIconWidthEm * font.size;
  }
};

// Every code point is `em * size` wide; ascent 0.8 em, descent 0.2 em.
class FixedWidthMeasurer final : public TextMeasurer {
 public:
  explicit FixedWidthMeasurer(double em = 0.5) : em_(em) {}
  double width(std::string_view utf8, const FontSpec& font) const override;
  FontMetrics metrics(const FontSpec& font) const override;

 private:
  double em_;
};

}  // namespace merrow
