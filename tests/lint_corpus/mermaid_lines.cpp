#include "mermaid_lines.hpp"

#include <algorithm>
#include <cctype>

namespace merrow::corpus {
namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }
bool is_word(char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_'; }

// Keeps the characters whose `drop` flag is false, with their origins.
void keep(std::string& text, std::vector<uint32_t>& origin, const std::vector<bool>& drop) {
  std::string kept_text;
  std::vector<uint32_t> kept_origin;
  for (size_t i = 0; i < text.size(); ++i) {
    if (drop[i]) continue;
    kept_text += text[i];
    kept_origin.push_back(origin[i]);
  }
  text = std::move(kept_text);
  origin = std::move(kept_origin);
}

// /^-{3}\s*[\n\r](.*?)[\n\r]-{3}\s*[\n\r]+/s
size_t front_matter_end(const std::string& t) {
  if (!t.starts_with("---")) return 0;
  size_t i = 3;
  // \s* is greedy but must leave one [\n\r]: take the last line break of the run.
  size_t run_end = i;
  while (run_end < t.size() && is_space(t[run_end])) ++run_end;
  size_t body = std::string::npos;
  for (size_t j = run_end; j > i; --j)
    if (t[j - 1] == '\n' || t[j - 1] == '\r') {
      body = j;
      break;
    }
  if (body == std::string::npos) return 0;
  // (.*?) lazily, then [\n\r]---\s*[\n\r]+
  for (size_t j = body; j < t.size(); ++j) {
    if ((t[j] == '\n' || t[j] == '\r') && t.compare(j + 1, 3, "---") == 0) {
      const size_t k = j + 4;
      size_t spaces_end = k;
      while (spaces_end < t.size() && is_space(t[spaces_end])) ++spaces_end;
      // \s*[\n\r]+ : the whitespace run must hold a line break, the match ends
      // after the run's last line break.
      size_t last_break = std::string::npos;
      for (size_t m = k; m < spaces_end; ++m)
        if (t[m] == '\n' || t[m] == '\r') last_break = m;
      if (last_break != std::string::npos) return last_break + 1;
    }
  }
  return 0;
}

// removeDirectives: /%{2}{\s*(?:(\w+)\s*:|(\w+))\s*(?:(\w+)|((?:(?!}%{2}).|\r?\n)*))?\s*(?:}%{2})?/gi
size_t directive_end(const std::string& t, size_t at) {
  if (t.compare(at, 3, "%%{") != 0) return 0;
  size_t i = at + 3;
  while (i < t.size() && is_space(t[i])) ++i;
  if (i >= t.size() || !is_word(t[i])) return 0;
  while (i < t.size() && is_word(t[i])) ++i;
  size_t after_word = i;
  while (i < t.size() && is_space(t[i])) ++i;
  if (i < t.size() && t[i] == ':') ++i;
  else i = after_word;
  while (i < t.size() && is_space(t[i])) ++i;
  if (i < t.size() && is_word(t[i])) {
    while (i < t.size() && is_word(t[i])) ++i;
  } else {
    while (i < t.size() && t.compare(i, 3, "}%%") != 0) ++i;
  }
  while (i < t.size() && is_space(t[i])) ++i;
  if (t.compare(i, 3, "}%%") == 0) i += 3;
  return i;
}

}  // namespace

MermaidLines::MermaidLines(const std::string& original) : original_(original) {
  // CRLF and lone CR become LF.
  for (size_t i = 0; i < original.size(); ++i) {
    if (original[i] == '\r' && i + 1 < original.size() && original[i + 1] == '\n') continue;
    text_ += original[i] == '\r' ? '\n' : original[i];
    origin_.push_back(static_cast<uint32_t>(i));
  }
  std::vector<bool> drop(text_.size(), false);
  std::fill(drop.begin(), drop.begin() + static_cast<std::ptrdiff_t>(front_matter_end(text_)), true);
  keep(text_, origin_, drop);

  drop.assign(text_.size(), false);
  for (size_t i = 0; i < text_.size();) {
    const size_t end = directive_end(text_, i);
    if (end == 0) {
      ++i;
      continue;
    }
    std::fill(drop.begin() + static_cast<std::ptrdiff_t>(i), drop.begin() + static_cast<std::ptrdiff_t>(end), true);
    i = end;
  }
  keep(text_, origin_, drop);

  // cleanupComments: /^\s*%%(?!{)[^\n]+\n?/gm, then trimStart().
  drop.assign(text_.size(), false);
  for (size_t i = 0; i < text_.size();) {
    const bool line_start = i == 0 || text_[i - 1] == '\n';
    if (line_start) {
      size_t j = i;
      while (j < text_.size() && is_space(text_[j])) ++j;
      if (text_.compare(j, 2, "%%") == 0 && (j + 2 >= text_.size() || text_[j + 2] != '{') && j + 2 < text_.size() &&
          text_[j + 2] != '\n') {
        size_t k = j + 2;
        while (k < text_.size() && text_[k] != '\n') ++k;
        if (k < text_.size()) ++k;
        std::fill(drop.begin() + static_cast<std::ptrdiff_t>(i), drop.begin() + static_cast<std::ptrdiff_t>(k), true);
        i = k;
        continue;
      }
    }
    ++i;
  }
  keep(text_, origin_, drop);
  size_t leading = 0;
  while (leading < text_.size() && is_space(text_[leading])) ++leading;
  text_.erase(0, leading);
  origin_.erase(origin_.begin(), origin_.begin() + static_cast<std::ptrdiff_t>(leading));
}

bool MermaidLines::is_end_of_input(uint32_t line) const {
  return line == static_cast<uint32_t>(std::count(text_.begin(), text_.end(), '\n')) + 2;
}

std::optional<uint32_t> MermaidLines::original_line(uint32_t line) const {
  uint32_t current = 1;
  size_t i = 0;
  while (current < line && i < text_.size()) {
    if (text_[i] == '\n') ++current;
    ++i;
  }
  if (current != line) return std::nullopt;
  // An empty last line (after the final "\n") starts where the original ends.
  const size_t offset = i < origin_.size() ? origin_[i] : original_.size();
  return static_cast<uint32_t>(std::count(original_.begin(), original_.begin() + static_cast<std::ptrdiff_t>(offset), '\n')) + 1;
}

}  // namespace merrow::corpus
