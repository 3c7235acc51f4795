// What a rule family gets: the diagram text and a way to report. Rules report
// with the registry's default severity; selection and suppression come later.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "model/diagnostic.hpp"
#include "model/source.hpp"

namespace merrow::lint {

class Reporter {
 public:
  Reporter(const Source& source, std::vector<Diagnostic>& out) : source_(source), out_(out) {}

  const Source& source() const { return source_; }
  std::string_view text() const { return source_.text(); }

  // Pre: `code` is registered. Returns the diagnostic so the rule can add notes or a fix.
  Diagnostic& report(std::string_view code, Span span, std::string message, std::string label = {});

 private:
  const Source& source_;
  std::vector<Diagnostic>& out_;
};

}  // namespace merrow::lint
