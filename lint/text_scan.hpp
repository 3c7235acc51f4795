// Small lexical helpers for rules that must look at the text as written
// (the model keeps one label per node, not every place an id is mentioned).
// They are deliberately forgiving: a miss makes a rule quieter, never louder.
#pragma once
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "model/source.hpp"

namespace merrow::lint {

// One statement of the diagram body: a line, or a `;`-separated part of one,
// with comments (`%%`), directives and front matter left out.
struct TextStatement {
  Span span;
  std::string_view text;     // trimmed
  std::string_view keyword;  // first word: "style", "classDef", "A-->B" gives "A"
};

std::vector<TextStatement> text_statements(std::string_view text);

// Bytes that may continue a node id for the purpose of a whole-word match.
// '-' and '.' are boundaries, so `A-->B` mentions A.
bool is_id_byte(char c);

// Byte offsets of every whole-word occurrence of `word` inside `within`.
std::vector<uint32_t> find_word(std::string_view text, std::string_view word, Span within);

// find_word() for many words over one text: the text is split once into its
// maximal runs of id bytes, so a lookup costs O(log n + hits) instead of a scan
// of the whole text (rules ask once per node; a scan each made lint quadratic).
class WordIndex {
 public:
  explicit WordIndex(std::string_view text);
  // Exactly find_word(text, word, within).
  std::vector<uint32_t> find(std::string_view word, Span within) const;

 private:
  std::string_view text_;
  std::unordered_map<std::string_view, std::vector<uint32_t>> runs_;  // run -> sorted offsets
};

// The statement holding byte `offset`, or nullptr (comments, blank lines).
// Pre: statements sorted by span, as text_statements() returns them.
const TextStatement* statement_at(const std::vector<TextStatement>& statements, uint32_t offset);

std::string_view trim(std::string_view text);

// "`text`", built by appending (GCC 12 misreports `"`" + std::string(...)` under -Wrestrict).
std::string backticked(std::string_view text);

// Byte offset of the end of the front matter block (0 when there is none).
uint32_t front_matter_end(std::string_view text);

// Levenshtein distance, for "did you mean" suggestions.
size_t edit_distance(std::string_view a, std::string_view b);

// The closest candidate within distance 2, or empty.
std::string closest(std::string_view word, const std::vector<std::string_view>& candidates);

}  // namespace merrow::lint
