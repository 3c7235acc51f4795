// The text a mermaid parser actually receives, with a map back to the host.
// mermaid hands its Jison parsers a *rewritten* text: CRLF turned into LF,
// directives cut out, and "\n" appended (Diagram.fromText adds it). A grammar
// that must reach mermaid's verdict lexes that text; its diagnostics still
// point into the original Source through original().
// Pre: `removed` sorted, disjoint, inside [begin, text.size()].
// Post: text() is the rewritten text; original(i) maps any offset of it
// (including text().size()) to a byte offset of the original.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "model/source.hpp"

namespace merrow::grammar {

class CleanText {
 public:
  CleanText(std::string_view text, uint32_t begin, const std::vector<Span>& removed);

  const std::string& text() const { return text_; }
  // For rewrites that keep every offset (a byte replaced by one byte), done in
  // place so that a large text is not held twice.
  std::string& text_to_rewrite() { return text_; }
  uint32_t original(uint32_t offset) const;
  Span original(Span span) const { return {original(span.begin), original(span.end)}; }

 private:
  struct Segment {
    uint32_t clean_begin;
    uint32_t original_begin;
  };
  std::string text_;
  std::vector<Segment> segments_;  // sorted by clean_begin; each maps a contiguous run
  uint32_t original_end_ = 0;      // where the appended "\n" maps
};

}  // namespace merrow::grammar
