// `merrow rules` lists every registered code (lint rules, syntax errors,
// limits), grouped by category; `merrow rules NAME|CODE` prints the code's
// documentation page (docs/rules/<name>.md), looked up next to the
// executable's tree or in $MERROW_DOCS_DIR, falling back to the summary.
#include <CLI/CLI.hpp>
#include <iomanip>
#include <iostream>
#include <memory>

#include "cli/commands.hpp"
#include "cli/rule_docs.hpp"
#include "lint/registry.hpp"
#include "lint/selection.hpp"

namespace merrow::cli {
namespace {

struct Group {
  lint::Category category;
  std::string_view title;
};

// Rules first (what users configure), then the codes no configuration turns
// off; those are marked "(always)": they cannot be ignored, re-graded or suppressed.
constexpr Group kGroups[] = {
    {lint::Category::file, "File checks"},
    {lint::Category::lint, "Lint rules (opt-in ones run only when selected)"},
    {lint::Category::syntax, "Syntax errors: mermaid rejects the diagram"},
    {lint::Category::limit, "Limits: the diagram is too large to check (raise with --max-*)"},
    {lint::Category::internal, "Internal errors (a bug in merrow; please report)"},
};

void list_rules() {
  bool first = true;
  for (const auto& group : kGroups) {
    if (!first) std::cout << '\n';
    first = false;
    std::cout << group.title << ":\n";
    for (const auto& rule : lint::all_rules()) {
      if (rule.category != group.category) continue;
      std::cout << rule.code << "  " << std::left << std::setw(32) << rule.name << std::setw(8)
                << lint::severity_name(rule.severity)
                << (!rule.configurable() ? "(always)" : rule.enabled_by_default ? "        " : "(opt-in)")
                << "  " << rule.summary << '\n';
    }
  }
}

int show_rule(const std::string& wanted) {
  const lint::RuleInfo* rule = lint::find_code(wanted);
  if (rule == nullptr) {
    std::cerr << "merrow: no rule or code '" << wanted << "' (see `merrow rules`)\n";
    return 2;
  }
  if (const std::string page = rule_doc_text(rule->name); !page.empty()) {
    std::cout << page;
    return 0;
  }
  std::cout << "# " << rule->name << " (" << rule->code << ")\n\n"
            << rule->summary << ".\n\nCategory: " << lint::category_name(rule->category)
            << ". Default severity: " << lint::severity_name(rule->severity)
            << (rule->enabled_by_default ? "" : "; off unless selected")
            << (rule->configurable() ? "" : "; cannot be ignored, re-graded or suppressed") << ".\n"
            << "(The full page, " << rule->doc_path() << ", was not found; set MERROW_DOCS_DIR.)\n";
  return 0;
}

}  // namespace

Command add_rules_command(CLI::App& parent) {
  auto wanted = std::make_shared<std::string>();
  Command command;
  command.app = parent.add_subcommand("rules", "List the lint rules and syntax errors, or show one's documentation");
  command.app->add_option("rule", *wanted, "A code (M210, M101) or name (style-on-unused-id, unclosed-bracket)");
  command.run = [wanted] {
    if (wanted->empty()) {
      list_rules();
      return 0;
    }
    return show_rule(*wanted);
  };
  return command;
}

}  // namespace merrow::cli
