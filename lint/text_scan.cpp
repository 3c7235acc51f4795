#include "lint/text_scan.hpp"

#include <algorithm>
#include <cctype>
#include <numeric>

namespace merrow::lint {

std::string_view trim(std::string_view text) {
  const auto not_space = [](char c) { return c != ' ' && c != '\t' && c != '\r' && c != '\n'; };
  const auto first = std::find_if(text.begin(), text.end(), not_space);
  const auto last = std::find_if(text.rbegin(), text.rend(), not_space).base();
  return first < last ? std::string_view(&*first, static_cast<size_t>(last - first)) : std::string_view();
}

std::string backticked(std::string_view text) {
  std::string out;
  out.reserve(text.size() + 2);
  out.append(1, '`').append(text).append(1, '`');
  return out;
}

bool is_id_byte(char c) {
  const auto u = static_cast<unsigned char>(c);
  return std::isalnum(u) || c == '_' || u >= 0x80;
}

uint32_t front_matter_end(std::string_view text) {
  const std::string_view body = text.substr(0, text.find_first_not_of(" \t\r\n"));
  const size_t start = body.size();
  if (text.substr(start, 3) != "---") return 0;
  size_t line = text.find('\n', start);
  while (line != std::string_view::npos) {
    const size_t next = text.find('\n', line + 1);
    const std::string_view content =
        trim(text.substr(line + 1, (next == std::string_view::npos ? text.size() : next) - line - 1));
    if (content == "---") return static_cast<uint32_t>(next == std::string_view::npos ? text.size() : next + 1);
    line = next;
  }
  return 0;  // unclosed: not front matter (the parser reports what it makes of it)
}

namespace {

// Splits one line at `;` outside quotes and brackets.
void split_line(std::string_view text, uint32_t begin, uint32_t end, std::vector<TextStatement>& out) {
  uint32_t part = begin;
  bool quoted = false;
  int depth = 0;
  auto emit = [&](uint32_t stop) {
    const std::string_view raw = text.substr(part, stop - part);
    const std::string_view trimmed = trim(raw);
    if (!trimmed.empty() && !trimmed.starts_with("%%")) {
      const auto offset = static_cast<uint32_t>(trimmed.data() - text.data());
      size_t word_end = 0;
      while (word_end < trimmed.size() && is_id_byte(trimmed[word_end])) ++word_end;
      out.push_back({{offset, offset + static_cast<uint32_t>(trimmed.size())}, trimmed,
                     trimmed.substr(0, word_end)});
    }
  };
  for (uint32_t i = begin; i < end; ++i) {
    const char c = text[i];
    if (c == '"') quoted = !quoted;
    if (quoted) continue;
    if (c == '[' || c == '(' || c == '{') ++depth;
    if ((c == ']' || c == ')' || c == '}') && depth > 0) --depth;
    if (c == '%' && i + 1 < end && text[i + 1] == '%' && depth == 0) {
      emit(i);  // a trailing comment ends the statement
      return;
    }
    if (c == ';' && depth == 0) {
      emit(i);
      part = i + 1;
    }
  }
  emit(end);
}

}  // namespace

std::vector<TextStatement> text_statements(std::string_view text) {
  std::vector<TextStatement> out;
  auto begin = front_matter_end(text);
  while (begin < text.size()) {
    size_t end = text.find('\n', begin);
    if (end == std::string_view::npos) end = text.size();
    split_line(text, begin, static_cast<uint32_t>(end), out);
    begin = static_cast<uint32_t>(end + 1);
  }
  return out;
}

std::vector<uint32_t> find_word(std::string_view text, std::string_view word, Span within) {
  std::vector<uint32_t> hits;
  if (word.empty()) return hits;
  const std::string_view area = text.substr(within.begin, within.end - within.begin);
  for (size_t at = area.find(word); at != std::string_view::npos; at = area.find(word, at + 1)) {
    const size_t after = at + word.size();
    const bool starts = at == 0 || !is_id_byte(area[at - 1]);
    const bool ends = after >= area.size() || !is_id_byte(area[after]);
    if (starts && ends) hits.push_back(within.begin + static_cast<uint32_t>(at));
  }
  return hits;
}

WordIndex::WordIndex(std::string_view text) : text_(text) {
  for (size_t i = 0; i < text.size();) {
    if (!is_id_byte(text[i])) {
      ++i;
      continue;
    }
    size_t end = i;
    while (end < text.size() && is_id_byte(text[end])) ++end;
    runs_[text.substr(i, end - i)].push_back(static_cast<uint32_t>(i));
    i = end;
  }
}

std::vector<uint32_t> WordIndex::find(std::string_view word, Span within) const {
  const bool one_run = !word.empty() && std::all_of(word.begin(), word.end(), is_id_byte);
  // A word with boundary bytes inside (`a-end-node`) spans several runs: scan.
  if (!one_run) return find_word(text_, word, within);
  std::vector<uint32_t> hits;
  const auto found = runs_.find(word);
  if (found == runs_.end()) return hits;
  // Runs cut by `within`'s edges are not matched (unlike find_word): callers
  // pass statement spans, which never cut a word.
  for (const uint32_t at : found->second) {
    if (at < within.begin || at + word.size() > within.end) continue;
    hits.push_back(at);
  }
  return hits;
}

const TextStatement* statement_at(const std::vector<TextStatement>& statements, uint32_t offset) {
  auto after = std::upper_bound(statements.begin(), statements.end(), offset,
                                [](uint32_t at, const TextStatement& statement) { return at < statement.span.begin; });
  if (after == statements.begin()) return nullptr;
  const TextStatement& candidate = *(after - 1);
  return offset < candidate.span.end ? &candidate : nullptr;
}

size_t edit_distance(std::string_view a, std::string_view b) {
  std::vector<size_t> row(b.size() + 1);
  std::iota(row.begin(), row.end(), size_t{0});
  for (size_t i = 1; i <= a.size(); ++i) {
    size_t diagonal = row[0];
    row[0] = i;
    for (size_t j = 1; j <= b.size(); ++j) {
      const size_t above = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diagonal = above;
    }
  }
  return row[b.size()];
}

std::string closest(std::string_view word, const std::vector<std::string_view>& candidates) {
  std::string best;
  size_t best_distance = 3;
  for (const auto candidate : candidates) {
    const size_t distance = edit_distance(word, candidate);
    if (distance < best_distance) {
      best_distance = distance;
      best = std::string(candidate);
    }
  }
  return best;
}

}  // namespace merrow::lint
