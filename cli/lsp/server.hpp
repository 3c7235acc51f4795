// `merrow lsp`: a Language Server Protocol 3.17 server over stdio for .mmd,
// .mermaid and Markdown files: diagnostics as you type (incremental sync, only
// changed blocks re-linted), code actions for every fix and for suppressions,
// hover, formatting (merrow fmt), definition, references and document symbols.
// A message that cannot be read, an unknown method or an exception in a
// handler becomes an error response; the server itself keeps running.
#pragma once
#include <cstdio>
#include <map>
#include <memory>
#include <string>

#include <nlohmann/json.hpp>

#include "cli/lsp/analysis.hpp"
#include "cli/lsp/document.hpp"
#include "lint/config_file.hpp"

namespace merrow::lsp {

class Server {
 public:
  Server(std::FILE* in, std::FILE* out);
  int run();  // until `exit`: 0 after a shutdown request, 1 otherwise

  // One parsed message; the responses and notifications it causes are written.
  void handle(const nlohmann::json& message);

 private:
  struct Open {
    std::unique_ptr<Document> document;
    Analysis analysis;
    lint::LintOptions options;
  };

  nlohmann::json request(const std::string& method, const nlohmann::json& params);
  void notification(const std::string& method, const nlohmann::json& params);
  void send(const nlohmann::json& message);
  void publish(Open& open);
  Open& open_document(const nlohmann::json& params);

  nlohmann::json initialize_result() const;
  // Where the rule `name` is documented: initializationOptions.ruleDocsUrl
  // (`{name}` replaced, else `<url><name>.md`), or the file:// URI of the page
  // merrow has on disk (cli/rule_docs.hpp); "" when neither: no link is sent.
  std::string rule_href(const std::string& name) const;
  nlohmann::json code_actions(const nlohmann::json& params);
  nlohmann::json hover(const nlohmann::json& params);
  nlohmann::json formatting(const nlohmann::json& params, bool range);
  nlohmann::json locations(const nlohmann::json& params, bool references);
  nlohmann::json document_symbols(const nlohmann::json& params);

  std::FILE* in_;
  std::FILE* out_;
  std::map<std::string, Open> documents_;
  lint::ConfigResolver configs_;
  std::string docs_url_;
  bool shutdown_ = false;
  bool exited_ = false;
};

}  // namespace merrow::lsp
