#include "cli/lsp/server.hpp"

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <variant>

#include "cli/lsp/symbols.hpp"
#include "cli/rule_docs.hpp"
#include "cli/lsp/transport.hpp"
#include "format/format.hpp"
#include "lint/registry.hpp"

namespace merrow::lsp {
namespace fs = std::filesystem;
using nlohmann::json;

namespace {

// JSON-RPC error codes (LSP 3.17).
enum ErrorCode { kParseError = -32700, kInvalidRequest = -32600, kMethodNotFound = -32601, kInvalidParams = -32602,
                 kInternalError = -32603, kServerNotInitialized = -32002 };

struct ResponseError {
  int code;
  std::string message;
};

json error_response(const json& id, int code, const std::string& message) {
  return {{"jsonrpc", "2.0"}, {"id", id}, {"error", {{"code", code}, {"message", message}}}};
}

std::string path_of(const std::string& uri) {
  if (!uri.starts_with("file://")) return uri;
  std::string path;
  for (size_t i = 7; i < uri.size(); ++i) {
    if (uri[i] == '%' && i + 2 < uri.size()) {
      path.push_back(static_cast<char>(std::strtol(uri.substr(i + 1, 2).c_str(), nullptr, 16)));
      i += 2;
    } else {
      path.push_back(uri[i]);
    }
  }
  return path;
}

int lsp_severity(Severity s) { return s == Severity::error ? 1 : s == Severity::warning ? 2 : 3; }

}  // namespace

Server::Server(std::FILE* in, std::FILE* out) : in_(in), out_(out) {}

int Server::run() {
  std::string body;
  while (!exited_) {
    const ReadStatus status = read_message(in_, body);
    if (status == ReadStatus::end_of_stream) return shutdown_ ? 0 : 1;
    if (status == ReadStatus::malformed) {
      send(error_response(nullptr, kParseError, "malformed message header (expected Content-Length)"));
      continue;
    }
    json message = json::parse(body, nullptr, false);
    if (message.is_discarded()) {
      send(error_response(nullptr, kParseError, "the message is not JSON"));
      continue;
    }
    handle(message);
  }
  return shutdown_ ? 0 : 1;
}

void Server::send(const json& message) {
  write_message(out_, message.dump(-1, ' ', false, json::error_handler_t::replace));
}

void Server::handle(const json& message) {
  if (!message.is_object() || !message.contains("method") || !message["method"].is_string()) {
    if (message.is_object() && (message.contains("result") || message.contains("error"))) return;  // a reply to us
    send(error_response(message.is_object() && message.contains("id") ? message["id"] : json(nullptr),
                        kInvalidRequest, "not a JSON-RPC request or notification"));
    return;
  }
  const std::string method = message["method"].get<std::string>();
  const json params = message.contains("params") ? message["params"] : json::object();
  if (!message.contains("id")) {
    try {
      notification(method, params);
    } catch (const std::exception&) {
      // A notification has no reply; a broken one changes nothing.
    }
    return;
  }
  const json& id = message["id"];
  try {
    if (shutdown_) throw ResponseError{kInvalidRequest, "the server is shutting down"};
    send({{"jsonrpc", "2.0"}, {"id", id}, {"result", request(method, params)}});
  } catch (const ResponseError& e) {
    send(error_response(id, e.code, e.message));
  } catch (const json::exception& e) {
    send(error_response(id, kInvalidParams, std::string("invalid params: ") + e.what()));
  } catch (const std::exception& e) {
    send(error_response(id, kInternalError, std::string("merrow failed on this request: ") + e.what()));
  }
}

json Server::request(const std::string& method, const json& params) {
  if (method == "initialize") {
    const json options = params.value("initializationOptions", json::object());
    if (options.is_object() && options.contains("ruleDocsUrl") && options["ruleDocsUrl"].is_string())
      docs_url_ = options["ruleDocsUrl"].get<std::string>();
    return initialize_result();
  }
  if (method == "shutdown") {
    shutdown_ = true;
    return nullptr;
  }
  if (method == "textDocument/codeAction") return code_actions(params);
  if (method == "textDocument/hover") return hover(params);
  if (method == "textDocument/formatting") return formatting(params, false);
  if (method == "textDocument/rangeFormatting") return formatting(params, true);
  if (method == "textDocument/definition") return locations(params, false);
  if (method == "textDocument/references") return locations(params, true);
  if (method == "textDocument/documentSymbol") return document_symbols(params);
  throw ResponseError{kMethodNotFound, "merrow lsp does not implement " + method};
}

void Server::notification(const std::string& method, const json& params) {
  if (method == "exit") {
    exited_ = true;
  } else if (method == "textDocument/didOpen") {
    const json& item = params.at("textDocument");
    const std::string uri = item.at("uri").get<std::string>();
    Open& open = documents_[uri];
    open.document = std::make_unique<Document>(uri, item.at("text").get<std::string>(), item.value("version", 0));
    std::string error;
    const fs::path path = path_of(uri);
    if (const lint::ConfigFile* config = configs_.config_for(path, error)) open.options.selection = config->selection_for(path);
    publish(open);
  } else if (method == "textDocument/didChange") {
    Open& open = open_document(params);
    for (const json& change : params.at("contentChanges")) {
      if (change.contains("range")) {
        const json& range = change.at("range");
        open.document->replace(position_from_json(range.at("start")), position_from_json(range.at("end")),
                               change.at("text").get<std::string>());
      } else {
        open.document->replace_all(change.at("text").get<std::string>());
      }
    }
    open.document->set_version(params.at("textDocument").value("version", open.document->version()));
    publish(open);
  } else if (method == "textDocument/didClose") {
    const std::string uri = params.at("textDocument").at("uri").get<std::string>();
    documents_.erase(uri);
    send({{"jsonrpc", "2.0"},
          {"method", "textDocument/publishDiagnostics"},
          {"params", {{"uri", uri}, {"diagnostics", json::array()}}}});
  }
}

Server::Open& Server::open_document(const json& params) {
  const std::string uri = params.at("textDocument").at("uri").get<std::string>();
  const auto it = documents_.find(uri);
  if (it == documents_.end()) throw ResponseError{kInvalidParams, "document not open: " + uri};
  return it->second;
}

std::string Server::rule_href(const std::string& name) const {
  if (!docs_url_.empty()) {
    std::string url = docs_url_;
    if (const size_t at = url.find("{name}"); at != std::string::npos) return url.replace(at, 6, name);
    return url + name + ".md";
  }
  if (const auto page = cli::rule_doc_path(name)) return cli::file_uri(*page);
  return {};
}

json Server::initialize_result() const {
  return {{"capabilities",
           {{"positionEncoding", "utf-16"},
            {"textDocumentSync", {{"openClose", true}, {"change", 2}}},
            {"codeActionProvider", {{"codeActionKinds", {"quickfix"}}}},
            {"hoverProvider", true},
            {"documentFormattingProvider", true},
            {"documentRangeFormattingProvider", true},
            {"definitionProvider", true},
            {"referencesProvider", true},
            {"documentSymbolProvider", true}}},
          {"serverInfo", {{"name", "merrow"}, {"version", MERROW_VERSION}}}};
}

void Server::publish(Open& open) {
  const Document& doc = *open.document;
  open.analysis.update(doc, open.options);
  json list = json::array();
  for (const HostDiagnostic& h : open.analysis.diagnostics()) {
    const Diagnostic& d = *h.diagnostic;
    json item = {{"range", doc.range(h.begin, h.end)},
                 {"severity", lsp_severity(d.severity)},
                 {"code", d.code},
                 {"source", "merrow"},
                 {"message", d.label.empty() ? d.message : d.message + " (" + d.label + ")"}};
    if (const std::string href = rule_href(d.name); !href.empty()) item["codeDescription"] = {{"href", href}};
    json related = json::array();
    for (const Note& note : d.notes) {
      if (!note.span) continue;
      const uint32_t at = open.analysis.to_host(doc, h.block, note.span->begin);
      const uint32_t to = std::max(at, open.analysis.to_host(doc, h.block, note.span->end));
      related.push_back({{"location", {{"uri", doc.uri()}, {"range", doc.range(at, to)}}}, {"message", note.message}});
    }
    if (!related.empty()) item["relatedInformation"] = related;
    list.push_back(std::move(item));
  }
  send({{"jsonrpc", "2.0"},
        {"method", "textDocument/publishDiagnostics"},
        {"params", {{"uri", doc.uri()}, {"version", doc.version()}, {"diagnostics", list}}}});
}

json Server::code_actions(const json& params) {
  Open& open = open_document(params);
  const Document& doc = *open.document;
  const uint32_t from = doc.offset(position_from_json(params.at("range").at("start")));
  const uint32_t to = doc.offset(position_from_json(params.at("range").at("end")));
  json actions = json::array();
  for (const HostDiagnostic& h : open.analysis.diagnostics()) {
    if (h.end < from || h.begin > to) continue;
    const Diagnostic& d = *h.diagnostic;
    const json diagnostic = {{"range", doc.range(h.begin, h.end)}, {"code", d.code}, {"message", d.message}};
    if (d.fix) {
      json edits = json::array();
      for (const Edit& e : d.fix->edits) {
        const uint32_t a = open.analysis.to_host(doc, h.block, e.span.begin);
        const uint32_t b = std::max(a, open.analysis.to_host(doc, h.block, e.span.end));
        edits.push_back({{"range", doc.range(a, b)}, {"newText", e.replacement}});
      }
      actions.push_back({{"title", d.fix->message + (d.fix->safe ? " (safe fix)" : " (unsafe fix: check the result)")},
                         {"kind", "quickfix"},
                         {"diagnostics", json::array({diagnostic})},
                         {"isPreferred", d.fix->safe},
                         {"edit", {{"changes", {{doc.uri(), edits}}}}}});
    }
    if (lint::find_rule(d.code) != nullptr) {
      const uint32_t line_start = doc.line_start(doc.position(h.begin).line);
      size_t k = line_start;
      while (k < doc.size() && (doc.text()[k] == ' ' || doc.text()[k] == '\t' || doc.text()[k] == '>')) ++k;
      const std::string comment =
          doc.text().substr(line_start, k - line_start) + "%% merrow-disable-next-line " + d.code + "\n";
      actions.push_back({{"title", "Suppress " + d.code + " (" + d.name + ") on the next line"},
                         {"kind", "quickfix"},
                         {"diagnostics", json::array({diagnostic})},
                         {"edit", {{"changes", {{doc.uri(), {{{"range", doc.range(line_start, line_start)},
                                                              {"newText", comment}}}}}}}}});
    }
  }
  return actions;
}

json Server::hover(const json& params) {
  Open& open = open_document(params);
  const Document& doc = *open.document;
  const uint32_t at = doc.offset(position_from_json(params.at("position")));
  std::string text;
  for (const HostDiagnostic& h : open.analysis.diagnostics()) {
    if (at < h.begin || at > h.end) continue;
    const Diagnostic& d = *h.diagnostic;
    if (!text.empty()) text += "\n\n---\n\n";
    text += "**" + d.code + " " + d.name + "**: " + d.message;
    if (const lint::RuleInfo* info = lint::find_code(d.code)) {
      const std::string page = cli::rule_doc_text(info->name);
      text += "\n\n" + (page.empty() ? std::string(info->summary) : page);
    }
    if (const std::string href = rule_href(d.name); !href.empty()) text += "\n\n[" + d.name + "](" + href + ")";
  }
  if (text.empty()) {
    const auto local = open.analysis.to_local(doc, at);
    if (!local) return nullptr;
    const BlockAnalysis& block = *open.analysis.blocks()[local->first].analysis;
    const auto name = name_at(block.source, block.parse, local->second);
    if (!name) return nullptr;
    const auto host_line = [&](uint32_t offset) {
      return std::to_string(doc.position(open.analysis.to_host(doc, local->first, offset)).line + 1);
    };
    text = name->summary + "\n\ndefined on line " + host_line(name->definition.begin);
    std::string used;
    for (size_t i = 0; i < name->uses.size() && i < 20; ++i) used += (i ? ", " : "") + host_line(name->uses[i].begin);
    if (name->uses.size() > 20) used += ", …";
    if (!used.empty()) text += "; written on lines " + used;
  }
  return {{"contents", {{"kind", "markdown"}, {"value", text}}}};
}

json Server::formatting(const json& params, bool range) {
  Open& open = open_document(params);
  const Document& doc = *open.document;
  format::Options options;
  options.limits = open.options.limits;
  if (range) {
    const LspPosition a = position_from_json(params.at("range").at("start"));
    LspPosition b = position_from_json(params.at("range").at("end"));
    if (b.character == 0 && b.line > a.line) --b.line;  // a selection of whole lines ends at the next line's start
    options.lines = std::pair<uint32_t, uint32_t>{a.line + 1, b.line + 1};
  }
  const format::Outcome outcome = format::format_text(path_of(doc.uri()), doc.text(), doc.markdown(), options);
  json edits = json::array();
  for (const auto& r : outcome.replacements) edits.push_back({{"range", doc.range(r.begin, r.end)}, {"newText", r.text}});
  return edits;
}

json Server::locations(const json& params, bool references) {
  Open& open = open_document(params);
  const Document& doc = *open.document;
  const auto local = open.analysis.to_local(doc, doc.offset(position_from_json(params.at("position"))));
  if (!local) return references ? json::array() : json(nullptr);
  const BlockAnalysis& block = *open.analysis.blocks()[local->first].analysis;
  const auto name = name_at(block.source, block.parse, local->second);
  if (!name) return references ? json::array() : json(nullptr);
  const auto location = [&](Span span) {
    const uint32_t a = open.analysis.to_host(doc, local->first, span.begin);
    return json{{"uri", doc.uri()}, {"range", doc.range(a, std::max(a, open.analysis.to_host(doc, local->first, span.end)))}};
  };
  if (!references) return location(name->definition);
  json out = json::array();
  for (const Span& use : name->uses) out.push_back(location(use));
  return out;
}

namespace {

struct SymbolBuilder {
  const Document& doc;
  const Analysis& analysis;
  size_t block;

  uint32_t host(uint32_t local) const { return analysis.to_host(doc, block, local); }
  json symbol(const std::string& name, int kind, uint32_t begin, uint32_t end, Span selection, json children) const {
    const uint32_t a = host(selection.begin);
    return {{"name", name.empty() ? std::string("(unnamed)") : name},
            {"kind", kind},
            {"range", doc.range(host(begin), host(end))},
            {"selectionRange", doc.range(a, std::max(a, host(selection.end)))},
            {"children", std::move(children)}};
  }
};

json flowchart_symbols(const SymbolBuilder& b, const Flowchart& chart) {
  // A subgraph's range covers its own line and everything inside it.
  std::vector<Span> extent(chart.subgraphs.size());
  for (size_t i = chart.subgraphs.size(); i-- > 0;) {
    Span e = chart.subgraphs[i].span;
    for (NodeIndex n : chart.subgraphs[i].nodes) {
      e.begin = std::min(e.begin, chart.nodes[n].span.begin);
      e.end = std::max(e.end, chart.nodes[n].span.end);
    }
    for (SubgraphIndex c : chart.subgraphs[i].children) {
      e.begin = std::min(e.begin, extent[c].begin);
      e.end = std::max(e.end, extent[c].end);
    }
    extent[i] = e;
  }
  std::vector<json> subgraph_children(chart.subgraphs.size(), json::array());
  json top = json::array();
  for (const Node& node : chart.nodes) {
    if (!node.declared) continue;
    json s = b.symbol(node.id, 19, node.span.begin, node.span.end, node.span, json::array());
    (node.parent ? subgraph_children[*node.parent] : top).push_back(std::move(s));
  }
  for (size_t i = chart.subgraphs.size(); i-- > 0;) {
    const Subgraph& g = chart.subgraphs[i];
    json s = b.symbol(g.id, 3, extent[i].begin, extent[i].end, g.span, std::move(subgraph_children[i]));
    (g.parent ? subgraph_children[*g.parent] : top).insert((g.parent ? subgraph_children[*g.parent] : top).begin(), std::move(s));
  }
  for (const ClassDef& def : chart.class_defs) top.push_back(b.symbol(def.name, 5, def.span.begin, def.span.end, def.span, json::array()));
  return top;
}

json mindmap_symbols(const SymbolBuilder& b, const Mindmap& map) {
  std::vector<Span> extent(map.nodes.size());
  for (size_t i = map.nodes.size(); i-- > 0;) {
    extent[i] = map.nodes[i].span;
    for (uint32_t c : map.nodes[i].children) extent[i].end = std::max(extent[i].end, extent[c].end);
  }
  std::vector<json> children(map.nodes.size(), json::array());
  for (size_t i = map.nodes.size(); i-- > 1;) {
    const auto& n = map.nodes[i];
    children[static_cast<size_t>(n.parent)].insert(
        children[static_cast<size_t>(n.parent)].begin(),
        b.symbol(n.label.text, 19, extent[i].begin, extent[i].end, n.span, std::move(children[i])));
  }
  if (map.nodes.empty()) return json::array();
  return json::array({b.symbol(map.nodes[0].label.text, 19, extent[0].begin, extent[0].end, map.nodes[0].span,
                               std::move(children[0]))});
}

}  // namespace

json Server::document_symbols(const json& params) {
  Open& open = open_document(params);
  const Document& doc = *open.document;
  json out = json::array();
  for (size_t i = 0; i < open.analysis.blocks().size(); ++i) {
    const Block& block = open.analysis.blocks()[i];
    const BlockAnalysis& a = *block.analysis;
    const SymbolBuilder b{doc, open.analysis, i};
    json children = json::array();
    std::string name = a.parse.type.empty() ? "diagram" : a.parse.type;
    if (const auto* chart = std::get_if<Flowchart>(&a.parse.diagram)) {
      children = flowchart_symbols(b, *chart);
      name = chart->keyword;
    } else if (const auto* map = std::get_if<Mindmap>(&a.parse.diagram)) {
      children = mindmap_symbols(b, *map);
    }
    const uint32_t first = doc.line_start(block.first_line);
    out.push_back({{"name", name + " (line " + std::to_string(block.first_line + 1) + ")"},
                   {"kind", 2},
                   {"range", doc.range(block.begin, block.end)},
                   {"selectionRange", doc.range(first, first)},
                   {"children", std::move(children)}});
  }
  return out;
}

}  // namespace merrow::lsp
