// Runs `merrow lsp` as a child process and speaks JSON-RPC to it over pipes,
// as an editor does: framed messages out, responses and notifications back.
#pragma once
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <nlohmann/json.hpp>
#include <stdexcept>
#include <string>
#include <vector>

namespace merrow::test {

class LspClient {
 public:
  LspClient() {
    int to_child[2], from_child[2];
    if (pipe(to_child) != 0 || pipe(from_child) != 0) throw std::runtime_error("pipe");
    pid_ = fork();
    if (pid_ == 0) {
      dup2(to_child[0], 0);
      dup2(from_child[1], 1);
      close(to_child[1]);
      close(from_child[0]);
      execl(MERROW_BINARY, MERROW_BINARY, "lsp", static_cast<char*>(nullptr));
      _exit(127);
    }
    close(to_child[0]);
    close(from_child[1]);
    in_ = fdopen(to_child[1], "w");
    out_ = fdopen(from_child[0], "r");
  }
  ~LspClient() {
    if (in_) fclose(in_);
    if (out_) fclose(out_);
    if (pid_ > 0 && !waited_) {
      kill(pid_, SIGKILL);
      waitpid(pid_, nullptr, 0);
    }
  }

  void send_raw(const std::string& bytes) {
    fwrite(bytes.data(), 1, bytes.size(), in_);
    fflush(in_);
  }
  void send(const nlohmann::json& message) {
    const std::string body = message.dump();
    send_raw("Content-Length: " + std::to_string(body.size()) + "\r\n\r\n" + body);
  }
  void notify(const std::string& method, const nlohmann::json& params) {
    send({{"jsonrpc", "2.0"}, {"method", method}, {"params", params}});
  }
  // Sends a request and returns its response; notifications read meanwhile are kept.
  nlohmann::json request(const std::string& method, const nlohmann::json& params = nlohmann::json::object()) {
    const int id = ++next_id_;
    send({{"jsonrpc", "2.0"}, {"id", id}, {"method", method}, {"params", params}});
    return response(id);
  }
  nlohmann::json response(const nlohmann::json& id) {
    while (true) {
      nlohmann::json m = read();
      if (m.contains("id") && m["id"] == id && !m.contains("method")) return m;
      if (m.contains("method")) notifications.push_back(m);
    }
  }
  // The next publishDiagnostics for `uri`.
  nlohmann::json diagnostics(const std::string& uri) {
    for (size_t i = 0; i < notifications.size(); ++i) {
      if (notifications[i]["method"] == "textDocument/publishDiagnostics" && notifications[i]["params"]["uri"] == uri) {
        nlohmann::json d = notifications[i]["params"]["diagnostics"];
        notifications.erase(notifications.begin() + static_cast<long>(i));
        return d;
      }
    }
    while (true) {
      nlohmann::json m = read();
      if (m.value("method", "") == "textDocument/publishDiagnostics" && m["params"]["uri"] == uri)
        return m["params"]["diagnostics"];
      notifications.push_back(m);
    }
  }
  nlohmann::json read() {
    size_t length = 0;
    char line[256];
    while (fgets(line, sizeof line, out_) != nullptr) {
      std::string header(line);
      if (header == "\r\n") break;
      if (header.rfind("Content-Length:", 0) == 0) length = std::stoul(header.substr(15));
    }
    if (feof(out_)) throw std::runtime_error("the server closed its output");
    std::string body(length, '\0');
    if (fread(body.data(), 1, length, out_) != length) throw std::runtime_error("short message");
    return nlohmann::json::parse(body);
  }
  // Closes stdin's pipe (after `exit`) and returns the server's exit code.
  int wait_exit() {
    fclose(in_);
    in_ = nullptr;
    int status = 0;
    waitpid(pid_, &status, 0);
    waited_ = true;
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  }

  std::vector<nlohmann::json> notifications;

 private:
  pid_t pid_ = -1;
  bool waited_ = false;
  FILE* in_ = nullptr;
  FILE* out_ = nullptr;
  int next_id_ = 0;
};

inline nlohmann::json pos(int line, int character) { return {{"line", line}, {"character", character}}; }
inline nlohmann::json range(int l1, int c1, int l2, int c2) { return {{"start", pos(l1, c1)}, {"end", pos(l2, c2)}}; }

}  // namespace merrow::test
