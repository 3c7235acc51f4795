#include "layout/text/svg_text_block.hpp"

#include <algorithm>
#include <cmath>
#include <string>

namespace merrow {

namespace {

constexpr double kLineSpacingEm = 1.1;

struct Word {
  TextRun run;  // one word of one run; text without the space before it
  FontSpec font;
  bool space_before = false;
};

FontSpec font_of(const FontSpec& base, const TextRun& run) {
  FontSpec font = base;
  font.bold = font.bold || run.bold;
  font.italic = font.italic || run.italic;
  return font;
}

std::vector<Word> words_of(const TextLine& line, const FontSpec& base) {
  std::vector<Word> words;
  bool space = false;
  for (const TextRun& run : line.runs) {
    const FontSpec font = font_of(base, run);
    if (run.icon) {
      words.push_back({run, font, space});
      space = false;
      continue;
    }
    size_t start = 0;
    while (start <= run.text.size()) {
      const size_t end = std::min(run.text.find(' ', start), run.text.size());
      if (end > start) {
        TextRun word = run;
        word.text = run.text.substr(start, end - start);
        words.push_back({std::move(word), font, space});
        space = false;
      }
      if (end < run.text.size()) space = true;
      start = end + 1;
    }
  }
  return words;
}

// Appends words to lines, one run per style (kerning across words kept).
class LineBuilder {
 public:
  explicit LineBuilder(const TextMeasurer& measurer) : measurer_(measurer) {}

  // The line's width were `word` appended.
  double width_with(const PlacedLine& line, const Word& word) const {
    const TextRun run = spaced(line, word);
    if (merges(line, run)) return line.runs.back().x + measure(joined(line, run), word.font);
    return line.width + measure(run, word.font);
  }
  void append(PlacedLine& line, const Word& word) const {
    const TextRun run = spaced(line, word);
    if (merges(line, run)) {
      PlacedRun& last = line.runs.back();
      last.run = joined(line, run);
      last.width = measure(last.run, last.font);
      line.width = last.x + last.width;
      return;
    }
    const double width = measure(run, word.font);
    line.runs.push_back({run, word.font, line.width, width});
    line.width += width;
  }

 private:
  static TextRun spaced(const PlacedLine& line, const Word& word) {
    TextRun run = word.run;
    if (word.space_before && !line.runs.empty()) run.text.insert(0, " ");
    return run;
  }
  static bool merges(const PlacedLine& line, const TextRun& run) {
    if (line.runs.empty()) return false;
    const TextRun& last = line.runs.back().run;
    return last.bold == run.bold && last.italic == run.italic && !last.icon && !run.icon;
  }
  static TextRun joined(const PlacedLine& line, const TextRun& run) {
    TextRun all = line.runs.back().run;
    all.text += run.text;
    return all;
  }
  double measure(const TextRun& run, const FontSpec& font) const {
    return run.icon ? measurer_.icon_width(run.text, font) : measurer_.width(run.text, font);
  }
  const TextMeasurer& measurer_;
};

// The longest prefix of `word` (whole code points, at least one) that fits
// in `room`; the rest stays in `word`.
Word cut_word(Word& word, double room, const TextMeasurer& measurer) {
  const std::string& text = word.run.text;
  size_t best = 0;
  for (size_t i = 1; i <= text.size(); ++i) {
    if (i < text.size() && (static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) continue;
    if (best > 0 && measurer.width(text.substr(0, i), word.font) > room) break;
    best = i;
  }
  Word head = word;
  head.run.text = text.substr(0, best);
  word.run.text = text.substr(best);
  word.space_before = false;
  return head;
}

std::vector<PlacedLine> fill(const std::vector<Word>& words, double wrap_width, const TextMeasurer& measurer) {
  const LineBuilder builder(measurer);
  std::vector<PlacedLine> lines(1);
  auto too_wide = [&](const Word& w) {
    return !w.run.icon && w.run.text.size() > 1 && measurer.width(w.run.text, w.font) > wrap_width;
  };
  for (Word word : words) {
    if (wrap_width > 0 && !lines.back().runs.empty() && builder.width_with(lines.back(), word) > wrap_width) {
      lines.emplace_back();
      word.space_before = false;
    }
    if (wrap_width > 0 && lines.back().runs.empty()) {
      while (too_wide(word)) {
        builder.append(lines.back(), cut_word(word, wrap_width, measurer));
        lines.emplace_back();
      }
    }
    builder.append(lines.back(), word);
  }
  return lines;
}

}  // namespace

TextBlock layout_svg_text(const RichText& text, const FontSpec& font, const TextMeasurer& measurer,
                          double wrap_width, double padding) {
  TextBlock block;
  block.line_height = kLineSpacingEm * font.size;
  const FontMetrics metrics = measurer.metrics(font);
  const double ascent = std::round(metrics.ascent), descent = std::round(metrics.descent);
  std::vector<PlacedLine> lines;
  for (const TextLine& source : text.lines) {
    for (PlacedLine& line : fill(words_of(source, font), wrap_width, measurer)) lines.push_back(std::move(line));
  }
  for (size_t i = 0; i < lines.size(); ++i) {
    PlacedLine& line = lines[i];
    line.baseline = padding + ascent + static_cast<double>(i) * block.line_height;
    block.width = std::max(block.width, line.width);
    block.lines.push_back(std::move(line));
  }
  block.width += 2 * padding;
  block.height = ascent + descent + static_cast<double>(lines.size() - 1) * block.line_height + 2 * padding;
  return block;
}

}  // namespace merrow
