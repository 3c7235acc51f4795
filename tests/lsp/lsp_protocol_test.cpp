// `merrow lsp` spoken to over JSON-RPC, as an editor would: diagnostics with
// UTF-16 ranges, incremental changes, code actions, hover, formatting,
// definition/references, symbols, and robustness (bad messages, unknown
// methods, a 50 MB document, shutdown/exit).
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

#include "lsp_client.hpp"

using merrow::test::LspClient;
using merrow::test::pos;
using merrow::test::range;
using nlohmann::json;

namespace {

const std::string kPage = "file:///tmp/merrow-lsp-test/page.md";
const std::string kChart = "file:///tmp/merrow-lsp-test/chart.mmd";

void open(LspClient& c, const std::string& uri, const std::string& text) {
  c.notify("textDocument/didOpen", {{"textDocument", {{"uri", uri}, {"languageId", "markdown"}, {"version", 1}, {"text", text}}}});
}

LspClient& started(LspClient& c) {
  const json init = c.request("initialize", {{"processId", nullptr}, {"rootUri", nullptr}, {"capabilities", json::object()}});
  REQUIRE(init["result"]["capabilities"]["textDocumentSync"]["change"] == 2);
  c.notify("initialized", json::object());
  return c;
}

// Applies LSP TextEdits to ASCII text (positions are then byte columns).
std::string apply(const std::string& text, const json& edits) {
  std::vector<size_t> starts{0};
  for (size_t i = 0; i < text.size(); ++i)
    if (text[i] == '\n') starts.push_back(i + 1);
  const auto offset = [&](const json& p) {
    const size_t line = p["line"].get<size_t>();
    return line < starts.size() ? starts[line] + p["character"].get<size_t>() : text.size();
  };
  std::vector<std::tuple<size_t, size_t, std::string>> list;
  for (const auto& e : edits) list.emplace_back(offset(e["range"]["start"]), offset(e["range"]["end"]), e["newText"]);
  std::sort(list.begin(), list.end(), [](const auto& a, const auto& b) { return std::get<0>(a) > std::get<0>(b); });
  std::string out = text;
  for (const auto& [a, b, t] : list) out.replace(a, b - a, t);
  return out;
}

}  // namespace

TEST_CASE("lsp: initializationOptions.ruleDocsUrl sets where codeDescription and hover link") {
  for (const auto& [url, expected] : {std::pair<std::string, std::string>{"https://docs.example/rules/",
                                                                           "https://docs.example/rules/unclosed-bracket.md"},
                                      {"https://docs.example/r/{name}.html", "https://docs.example/r/unclosed-bracket.html"}}) {
    LspClient c;
    c.request("initialize", {{"processId", nullptr},
                             {"rootUri", nullptr},
                             {"capabilities", json::object()},
                             {"initializationOptions", {{"ruleDocsUrl", url}}}});
    c.notify("initialized", json::object());
    open(c, kChart, "graph TD\n  A --> B[x\n");
    const json d = c.diagnostics(kChart);
    REQUIRE(d.size() == 1);
    CHECK(d[0]["codeDescription"]["href"] == expected);
    const json hover = c.request("textDocument/hover", {{"textDocument", {{"uri", kChart}}}, {"position", d[0]["range"]["start"]}});
    CHECK(hover["result"]["contents"]["value"].get<std::string>().find("](" + expected + ")") != std::string::npos);
  }
}

TEST_CASE("lsp: diagnostics in host ranges with UTF-16 columns, code, docs link and notes") {
  LspClient c;
  started(c);
  open(c, kPage, "# Ünïcödé 🙂\n\n```mermaid\ngraph TD\n  A[\"🙂 ø\"] --> B[x\n```\n\n```mermaid\ngraph LR\n  X --> Y\n```\n");
  const json d = c.diagnostics(kPage);
  REQUIRE(d.size() == 1);
  CHECK(d[0]["code"] == "M101");
  CHECK(d[0]["severity"] == 1);
  CHECK(d[0]["source"] == "merrow");
  // The link is the page merrow finds on disk (the checkout's docs/ above the build tree).
  const std::string href = d[0]["codeDescription"]["href"].get<std::string>();
  CHECK(href == "file://" + (std::filesystem::path(MERROW_SOURCE_DIR) / "docs/rules/unclosed-bracket.md")
                                .lexically_normal()
                                .generic_string());
  CHECK(std::filesystem::is_regular_file(href.substr(7)));
  // The `[` after B: 17 UTF-16 units in (the emoji counts 2), 16 code points.
  REQUIRE(d[0]["relatedInformation"].size() == 1);
  CHECK(d[0]["relatedInformation"][0]["location"]["range"]["start"] == pos(4, 17));
  CHECK(d[0]["relatedInformation"][0]["location"]["uri"] == kPage);

  // Incremental change: close the bracket after `x` (UTF-16 column 19).
  c.notify("textDocument/didChange", {{"textDocument", {{"uri", kPage}, {"version", 2}}},
                                      {"contentChanges", {{{"range", range(4, 19, 4, 19)}, {"text", "]"}}}}});
  CHECK(c.diagnostics(kPage).empty());
  c.notify("textDocument/didChange", {{"textDocument", {{"uri", kPage}, {"version", 3}}},
                                      {"contentChanges", {{{"range", range(9, 4, 9, 7)}, {"text", "-->|"}}}}});
  const json broken = c.diagnostics(kPage);
  REQUIRE(broken.size() == 1);
  CHECK(broken[0]["range"]["start"]["line"].get<int>() >= 9);
  c.notify("textDocument/didClose", {{"textDocument", {{"uri", kPage}}}});
  CHECK(c.diagnostics(kPage).empty());
}

TEST_CASE("lsp: code actions for fixes (safe and unsafe labelled) and suppressions") {
  LspClient c;
  started(c);
  const std::string text = "graph TD\n  A[x] --> B\n  style Q fill:#f00\n";
  open(c, kChart, text);
  const json d = c.diagnostics(kChart);
  REQUIRE(d.size() == 1);
  CHECK(d[0]["code"] == "M210");
  const json actions = c.request("textDocument/codeAction", {{"textDocument", {{"uri", kChart}}}, {"range", range(2, 3, 2, 3)},
                                                              {"context", {{"diagnostics", d}}}})["result"];
  REQUIRE(actions.size() == 1);
  CHECK(actions[0]["title"] == "Suppress M210 (style-on-unused-id) on the next line");
  const std::string suppressed = apply(text, actions[0]["edit"]["changes"][kChart]);
  CHECK(suppressed == "graph TD\n  A[x] --> B\n  %% merrow-disable-next-line M210\n  style Q fill:#f00\n");
  c.notify("textDocument/didChange",
           {{"textDocument", {{"uri", kChart}, {"version", 2}}}, {"contentChanges", {{{"text", suppressed}}}}});
  CHECK(c.diagnostics(kChart).empty());

  // An unused suppression has a safe fix; an unclosed bracket an unsafe one.
  const auto fixes_for = [&](const std::string& body, int version) {
    c.notify("textDocument/didChange",
             {{"textDocument", {{"uri", kChart}, {"version", version}}}, {"contentChanges", {{{"text", body}}}}});
    const json found = c.diagnostics(kChart);
    REQUIRE(found.size() == 1);
    return c.request("textDocument/codeAction", {{"textDocument", {{"uri", kChart}}}, {"range", range(0, 0, 4, 0)},
                                                 {"context", {{"diagnostics", found}}}})["result"];
  };
  const std::string unused = "graph TD\n  %% merrow-disable-next-line M210\n  A --> B\n";
  const json safe = fixes_for(unused, 3);
  REQUIRE(safe.size() >= 1);
  CHECK(safe[0]["title"].get<std::string>().ends_with("(safe fix)"));
  CHECK(safe[0]["isPreferred"] == true);
  CHECK(apply(unused, safe[0]["edit"]["changes"][kChart]) == "graph TD\n  A --> B\n");
  const std::string bracket = "graph TD\n  A[x --> B\n";
  const json unsafe = fixes_for(bracket, 4);
  REQUIRE(unsafe.size() == 1);  // a syntax error cannot be suppressed
  CHECK(unsafe[0]["title"].get<std::string>().find("(unsafe fix") != std::string::npos);
  CHECK(unsafe[0]["isPreferred"] == false);
  CHECK(apply(bracket, unsafe[0]["edit"]["changes"][kChart]) == "graph TD\n  A[x] --> B\n");
}

TEST_CASE("lsp: hover, definition, references and document symbols") {
  LspClient c;
  started(c);
  const std::string text =
      "graph TD\n  A --> B\n  B[Bee] --> C\n  classDef hot fill:#f00\n  class C hot\n  subgraph S [Sub]\n    D\n  end\n"
      "  A --> S\n  style Q fill:#0f0\n";
  open(c, kChart, text);
  c.diagnostics(kChart);
  const auto at = [&](int line, int character) {
    return json{{"textDocument", {{"uri", kChart}}}, {"position", pos(line, character)}};
  };
  const std::string node = c.request("textDocument/hover", at(1, 8))["result"]["contents"]["value"];
  CHECK(node.find("node `B`: label \"Bee\", shape `rect`") != std::string::npos);
  CHECK(node.find("defined on line 3") != std::string::npos);
  CHECK(node.find("written on lines 2, 3") != std::string::npos);
  const std::string rule = c.request("textDocument/hover", at(9, 8))["result"]["contents"]["value"];
  CHECK(rule.find("M210 style-on-unused-id") != std::string::npos);
  CHECK(c.request("textDocument/hover", at(0, 0))["result"].is_null());

  CHECK(c.request("textDocument/definition", at(1, 8))["result"]["range"]["start"] == pos(2, 2));
  CHECK(c.request("textDocument/definition", at(4, 10))["result"]["range"]["start"]["line"] == 3);
  CHECK(c.request("textDocument/definition", at(8, 8))["result"]["range"]["start"]["line"] == 5);
  const json refs = c.request("textDocument/references", at(1, 8))["result"];
  REQUIRE(refs.size() == 2);
  CHECK(refs[0]["range"] == range(1, 8, 1, 9));
  CHECK(refs[1]["range"] == range(2, 2, 2, 3));

  const json symbols = c.request("textDocument/documentSymbol", {{"textDocument", {{"uri", kChart}}}})["result"];
  REQUIRE(symbols.size() == 1);
  std::vector<std::string> names;
  for (const auto& s : symbols[0]["children"]) names.push_back(s["name"]);
  CHECK(names == std::vector<std::string>{"S", "A", "B", "C", "hot"});
  CHECK(symbols[0]["children"][0]["children"][0]["name"] == "D");
}

TEST_CASE("lsp: formatting and range formatting through merrow fmt") {
  LspClient c;
  started(c);
  const std::string text = "text\n\n```mermaid\ngraph TD\nA-->B\nC-->D\n```\n";
  open(c, kPage, text);
  c.diagnostics(kPage);
  const json all = c.request("textDocument/formatting", {{"textDocument", {{"uri", kPage}}}, {"options", {{"tabSize", 4}, {"insertSpaces", true}}}});
  CHECK(apply(text, all["result"]) == "text\n\n```mermaid\ngraph TD\n    A --> B\n    C --> D\n```\n");
  const json part = c.request("textDocument/rangeFormatting", {{"textDocument", {{"uri", kPage}}}, {"range", range(5, 0, 6, 0)},
                                                               {"options", {{"tabSize", 4}, {"insertSpaces", true}}}});
  CHECK(apply(text, part["result"]) == "text\n\n```mermaid\ngraph TD\nA-->B\n    C --> D\n```\n");
}

TEST_CASE("lsp: robust to bad messages, unknown methods, failing requests and a 50 MB document") {
  LspClient c;
  started(c);
  c.send_raw("Content-Length: 9\r\n\r\n{not json");
  json m = c.read();
  CHECK(m["error"]["code"] == -32700);
  c.send_raw("Garbage-Header\r\n\r\n");
  CHECK(c.read()["error"]["code"] == -32700);
  c.send(json::array({1, 2}));
  CHECK(c.read()["error"]["code"] == -32600);
  CHECK(c.request("workspace/nonsense")["error"]["code"] == -32601);
  CHECK(c.request("textDocument/hover", {{"textDocument", {{"uri", "file:///nowhere.mmd"}}}, {"position", pos(0, 0)}})
            ["error"]["code"] == -32602);
  CHECK(c.request("textDocument/hover", {{"textDocument", 5}})["error"]["code"] == -32602);
  c.notify("textDocument/didChange", {{"broken", true}});  // a broken notification changes nothing

  std::string big;
  big.reserve(50u << 20);
  while (big.size() < (50u << 20)) big += "Some prose of a very long page, line after line, for the server to carry.\n";
  big += "```mermaid\ngraph TD\n  A --> B[x\n```\n";
  open(c, kPage, big);
  const json d = c.diagnostics(kPage);
  REQUIRE(d.size() == 1);
  CHECK(d[0]["code"] == "M101");
  CHECK(c.request("textDocument/documentSymbol", {{"textDocument", {{"uri", kPage}}}})["result"].size() == 1);

  CHECK(c.request("shutdown")["result"].is_null());
  CHECK(c.request("textDocument/hover", {{"textDocument", {{"uri", kPage}}}, {"position", pos(0, 0)}})["error"]["code"] == -32600);
  c.notify("exit", json::object());
  CHECK(c.wait_exit() == 0);
}

TEST_CASE("lsp: exit without shutdown exits 1") {
  LspClient c;
  started(c);
  c.notify("exit", json::object());
  CHECK(c.wait_exit() == 1);
}

TEST_CASE("lsp: severities as configured in .merrow.toml") {
  const std::string dir = "/tmp/merrow-lsp-config-test";
  std::filesystem::create_directories(dir);
  std::ofstream(dir + "/.merrow.toml") << "[severity]\nM210 = \"error\"\n";
  LspClient c;
  started(c);
  const std::string uri = "file://" + dir + "/chart.mmd";
  open(c, uri, "graph TD\n  A --> B\n  style Q fill:#f00\n");
  const json d = c.diagnostics(uri);
  REQUIRE(d.size() == 1);
  CHECK(d[0]["code"] == "M210");
  CHECK(d[0]["severity"] == 1);
  std::filesystem::remove_all(dir);
}
