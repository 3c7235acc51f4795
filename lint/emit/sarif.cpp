// SARIF 2.1.0 (OASIS), the subset GitHub code scanning reads: one run, the
// driver's rules (every registered rule, plus parser codes that occur), one
// result per diagnostic with a physical location and, when present, a fix.
#include <map>
#include <nlohmann/json.hpp>

#include "lint/emit/emit.hpp"
#include "lint/registry.hpp"

namespace merrow::lint {
namespace {

constexpr const char* kInformationUri = "https://github.com/merrow/merrow";

std::string_view level(Severity severity) {
  switch (severity) {
    case Severity::error: return "error";
    case Severity::warning: return "warning";
    case Severity::info: return "note";
  }
  return "error";
}

nlohmann::json rule_json(std::string_view code, std::string_view name, std::string_view summary,
                         Severity severity) {
  return {{"id", code},
          {"name", name},
          {"shortDescription", {{"text", summary}}},
          {"helpUri", std::string(kInformationUri) + "/blob/main/docs/rules/" + std::string(name) + ".md"},
          {"defaultConfiguration", {{"level", level(severity)}}}};
}

nlohmann::json region(const Position& start, const Position& end) {
  return {{"startLine", start.line}, {"startColumn", start.column}, {"endLine", end.line},
          {"endColumn", end.column}};
}

nlohmann::json artifact(const std::string& path) { return {{"uri", path}}; }

nlohmann::json sarif_fix(const std::string& path, const LocatedFix& fix) {
  nlohmann::json replacements = nlohmann::json::array();
  for (const auto& edit : fix.edits) {
    replacements.push_back({{"deletedRegion", region(edit.start, edit.stop)},
                            {"insertedContent", {{"text", edit.replacement}}}});
  }
  return {{"description", {{"text", fix.message}}},
          {"artifactChanges", {{{"artifactLocation", artifact(path)}, {"replacements", replacements}}}}};
}

}  // namespace

void emit_sarif(const std::vector<FileReport>& reports, std::ostream& out, const EmitOptions& options) {
  nlohmann::json rules = nlohmann::json::array();
  std::map<std::string, size_t> rule_index;
  for (const auto& info : all_rules()) {
    rule_index[std::string(info.code)] = rules.size();
    rules.push_back(rule_json(info.code, info.name, info.summary, info.severity));
  }
  nlohmann::json results = nlohmann::json::array();
  for (const auto& report : reports) {
    for (const auto& d : report.diagnostics) {
      if (!rule_index.contains(d.code)) {  // a parser code: describe it by its first message
        rule_index[d.code] = rules.size();
        rules.push_back(rule_json(d.code, d.name, "syntax error: " + d.name, Severity::error));
      }
      nlohmann::json result = {
          {"ruleId", d.code},
          {"ruleIndex", rule_index[d.code]},
          {"level", level(d.severity)},
          {"message", {{"text", d.message}}},
          {"locations",
           {{{"physicalLocation", {{"artifactLocation", artifact(report.path)}, {"region", region(d.start, d.end)}}}}}}};
      nlohmann::json related = nlohmann::json::array();
      for (const auto& note : d.notes) {
        if (!note.position) continue;
        related.push_back({{"id", related.size()},
                           {"message", {{"text", note.message}}},
                           {"physicalLocation",
                            {{"artifactLocation", artifact(report.path)},
                             {"region", region(*note.position, *note.position)}}}});
      }
      if (!related.empty()) result["relatedLocations"] = std::move(related);
      if (d.fix) result["fixes"] = nlohmann::json::array({sarif_fix(report.path, *d.fix)});
      results.push_back(std::move(result));
    }
  }
  const nlohmann::json log = {
      {"$schema", "https://json.schemastore.org/sarif-2.1.0.json"},
      {"version", "2.1.0"},
      {"runs",
       {{{"tool",
          {{"driver",
            {{"name", "merrow"},
             {"informationUri", kInformationUri},
             {"version", options.tool_version},
             {"rules", rules}}}}},
         {"columnKind", "unicodeCodePoints"},
         {"results", results}}}}};
  out << log.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
}

}  // namespace merrow::lint
