// Text layout: the one place where label text becomes lines of placed runs.
// Line height is 1.5 x font size: mermaid's html labels sit in a <div> with
// `line-height: 1.5` (a 16px one-line label is 24px tall in mermaid 11's
// geometry).
//
// Wrapping is mermaid's createText (addHtmlSpan): the label's div is first a
// `white-space: nowrap` table cell with `max-width: W`; when its widest line
// reaches W, it becomes a `display: table; white-space: break-spaces;
// width: W` box. A table is never narrower than its widest unbreakable piece,
// so the block is max(W, widest piece) wide and every line is filled greedily
// within that width; a piece ends after a space (which, under break-spaces,
// stays on its line and must fit) or at the line breaker's other
// opportunities Chromium takes in labels: after a hyphen between letters,
// around an em dash, after an en dash, around CJK ideographs and kana (but
// not before closing or after opening punctuation). Measured with mermaid-ref (11.17):
// "Exactly how long is this label text now" -> 200 x 48, a 35-letter word
// ending in `-` widens the box to that word.
#include <algorithm>
#include <cstdint>
#include <string_view>

#include "layout/text/text_block.hpp"

namespace merrow {

namespace {

FontSpec run_font(const FontSpec& base, const TextRun& run) {
  FontSpec font = base;
  font.bold = font.bold || run.bold;
  font.italic = font.italic || run.italic;
  return font;
}

double run_width(const TextRun& run, const FontSpec& font, const TextMeasurer& measurer) {
  return run.icon ? measurer.icon_width(run.text, font) : measurer.width(run.text, font);
}

bool is_digit(char c) { return c >= '0' && c <= '9'; }

bool breaks_after_hyphen(std::string_view text, size_t i) {
  // "a-b" breaks after the hyphen; "-1", " -x", "a--" do not (UAX #14 LB25/LB21).
  if (i == 0 || i + 1 >= text.size()) return false;
  const char before = text[i - 1], after = text[i + 1];
  return before != ' ' && before != '-' && after != '-' && after != ' ' && !is_digit(after);
}

// The code point at `text[i]` (UTF-8) and its length; a stray byte is itself.
uint32_t code_point_at(std::string_view text, size_t i, size_t& length) {
  const auto byte = static_cast<unsigned char>(text[i]);
  length = byte < 0x80 ? 1 : byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : byte >= 0xC0 ? 2 : 1;
  if (length == 1 || i + length > text.size()) return length = 1, byte;
  uint32_t cp = byte & (0x7F >> length);
  for (size_t k = 1; k < length; ++k) cp = (cp << 6) | (static_cast<unsigned char>(text[i + k]) & 0x3F);
  return cp;
}

// CJK ideographs and kana: the line breaker may break before and after each.
bool is_ideographic(uint32_t cp) {
  return (cp >= 0x3040 && cp <= 0x30FF) || (cp >= 0x3400 && cp <= 0x4DBF) || (cp >= 0x4E00 && cp <= 0x9FFF) ||
         (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xAC00 && cp <= 0xD7AF) || (cp >= 0x20000 && cp <= 0x2FFFF);
}

// Closing punctuation that never starts a line, opening that never ends one (UAX #14 CL, CP, IS, EX, NS / OP).
bool no_break_before(uint32_t cp) {
  switch (cp) {
    case ',': case '.': case ';': case ':': case '!': case '?': case ')': case ']': case '}':
    case 0x3001: case 0x3002: case 0xFF0C: case 0xFF0E: case 0xFF1A: case 0xFF1B: case 0xFF01: case 0xFF1F:
    case 0xFF09: case 0x300D: case 0x300F: case 0x3011: case 0x300B: case 0x3009: case 0x201D: case 0x2019:
    case 0x30FC: case 0x3005: return true;
    default: return false;
  }
}
bool no_break_after(uint32_t cp) {
  switch (cp) {
    case '(': case '[': case '{': case 0xFF08: case 0x300C: case 0x300E: case 0x3010: case 0x300A: case 0x3008:
    case 0x201C: case 0x2018: return true;
    default: return false;
  }
}

// Byte offsets in `text` after which a line may break.
std::vector<size_t> break_points(std::string_view text) {
  static constexpr std::string_view em_dash = "\xE2\x80\x94", en_dash = "\xE2\x80\x93", hyphen = "\xE2\x80\x90";
  std::vector<size_t> points;
  uint32_t previous = 0;
  for (size_t i = 0, length = 1; i < text.size(); i += length) {
    const uint32_t cp = code_point_at(text, i, length);
    const bool ideograph = is_ideographic(cp), after_ideograph = is_ideographic(previous);
    if (i > 0 && (ideograph || after_ideograph) && previous != ' ' && cp != ' ' && !no_break_before(cp) &&
        !no_break_after(previous) && (points.empty() || points.back() != i)) {
      points.push_back(i);
    }
    if (text[i] == ' ' || (text[i] == '-' && breaks_after_hyphen(text, i))) {
      points.push_back(i + 1);
    } else if (text.substr(i, 3) == em_dash) {
      if (i > 0 && text[i - 1] != ' ' && (points.empty() || points.back() != i)) points.push_back(i);
      if (i + 3 < text.size() && text[i + 3] != ' ') points.push_back(i + 3);
    } else if (text.substr(i, 3) == en_dash || text.substr(i, 3) == hyphen) {
      if (i + 3 < text.size() && text[i + 3] != ' ') points.push_back(i + 3);
    }
    previous = cp;
  }
  return points;
}

// A piece of a run between two break opportunities.
struct Piece {
  TextRun run;
  FontSpec font;
  double width = 0;
  bool break_after = false;
};

std::vector<Piece> pieces_of(const TextLine& line, const FontSpec& base, const TextMeasurer& measurer) {
  std::vector<Piece> pieces;
  for (const TextRun& run : line.runs) {
    const FontSpec font = run_font(base, run);
    if (run.icon) {
      pieces.push_back({run, font, run_width(run, font, measurer), false});
      continue;
    }
    size_t start = 0;
    std::vector<size_t> points = break_points(run.text);
    points.push_back(run.text.size());
    for (size_t end : points) {
      if (end <= start) continue;
      TextRun piece = run;
      piece.text = run.text.substr(start, end - start);
      const double width = measurer.width(piece.text, font);
      pieces.push_back({std::move(piece), font, width, end < run.text.size()});
      start = end;
    }
  }
  return pieces;
}

void add_run(PlacedLine& line, const TextRun& run, const FontSpec& font, double width) {
  // Adjacent pieces of one style merge back into one run.
  if (!line.runs.empty()) {
    PlacedRun& last = line.runs.back();
    if (last.run.bold == run.bold && last.run.italic == run.italic && !last.run.icon && !run.icon) {
      last.run.text += run.text;
      last.width += width;
      line.width += width;
      return;
    }
  }
  line.runs.push_back({run, font, line.width, width});
  line.width += width;
}

// Re-measures each merged run whole (kerning across pieces) and drops the
// trailing space that break-spaces keeps, so the caller centres the ink.
void finish_line(PlacedLine& line, const TextMeasurer& measurer) {
  if (!line.runs.empty() && !line.runs.back().run.icon) {
    std::string& text = line.runs.back().run.text;
    while (!text.empty() && text.back() == ' ') text.pop_back();
  }
  line.width = 0;
  for (PlacedRun& placed : line.runs) {
    placed.x = line.width;
    placed.width = run_width(placed.run, placed.font, measurer);
    line.width += placed.width;
  }
}

PlacedLine whole_line(const TextLine& source, const FontSpec& base, const TextMeasurer& measurer) {
  PlacedLine line;
  for (const TextRun& run : source.runs) {
    const FontSpec font = run_font(base, run);
    add_run(line, run, font, run_width(run, font, measurer));
  }
  finish_line(line, measurer);
  return line;
}

// Greedy fill of `pieces` into lines of at most `width`; a run of pieces
// without a break opportunity between them moves as one unit.
std::vector<PlacedLine> fill_lines(const std::vector<Piece>& pieces, double width, const TextMeasurer& measurer) {
  std::vector<PlacedLine> lines(1);
  for (size_t i = 0; i < pieces.size();) {
    size_t end = i;
    double unit = 0;
    while (end < pieces.size()) {
      unit += pieces[end].width;
      if (pieces[end++].break_after) break;
    }
    if (!lines.back().runs.empty() && lines.back().width + unit > width + 1e-9) lines.emplace_back();
    for (; i < end; ++i) add_run(lines.back(), pieces[i].run, pieces[i].font, pieces[i].width);
  }
  for (PlacedLine& line : lines) finish_line(line, measurer);
  return lines;
}

// The widest run of pieces with no break opportunity inside.
double widest_unit(const std::vector<Piece>& pieces) {
  double widest = 0, unit = 0;
  for (const Piece& piece : pieces) {
    unit += piece.width;
    if (piece.break_after) widest = std::max(widest, unit), unit = 0;
  }
  return std::max(widest, unit);
}

}  // namespace

bool is_blank(const RichText& text) {
  return text.lines.size() == 1 && std::all_of(text.lines[0].runs.begin(), text.lines[0].runs.end(), [](const TextRun& r) {
           return !r.icon && r.text.find_first_not_of(' ') == std::string::npos;
         });
}

TextBlock layout_text(const RichText& text, const FontSpec& font, const TextMeasurer& measurer,
                      double wrap_width) {
  TextBlock block;
  block.line_height = 1.5 * font.size;
  const FontMetrics metrics = measurer.metrics(font);
  std::vector<PlacedLine> lines;
  for (const TextLine& source : text.lines) lines.push_back(whole_line(source, font, measurer));
  double natural = 0;
  for (const PlacedLine& line : lines) natural = std::max(natural, line.width);
  if (wrap_width > 0 && natural >= wrap_width) {
    std::vector<std::vector<Piece>> pieces;
    double width = wrap_width;
    for (const TextLine& source : text.lines) {
      pieces.push_back(pieces_of(source, font, measurer));
      width = std::max(width, widest_unit(pieces.back()));
    }
    lines.clear();
    for (const auto& line_pieces : pieces)
      for (PlacedLine& line : fill_lines(line_pieces, width, measurer)) lines.push_back(std::move(line));
    block.width = width;
  }
  for (PlacedLine& line : lines) {
    line.baseline = block.height + (block.line_height - metrics.ascent - metrics.descent) / 2 + metrics.ascent;
    block.height += block.line_height;
    block.width = std::max(block.width, line.width);
    block.lines.push_back(std::move(line));
  }
  return block;
}

}  // namespace merrow
