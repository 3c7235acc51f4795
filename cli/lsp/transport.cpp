#include "cli/lsp/transport.hpp"

#include <cctype>
#include <cstdlib>

namespace merrow::lsp {
namespace {

// One header line without its "\r\n"; false at the end of the stream.
bool read_line(std::FILE* in, std::string& line) {
  line.clear();
  int c;
  while ((c = std::fgetc(in)) != EOF) {
    if (c == '\n') {
      if (!line.empty() && line.back() == '\r') line.pop_back();
      return true;
    }
    if (line.size() < 4096) line.push_back(static_cast<char>(c));
  }
  return !line.empty();
}

}  // namespace

ReadStatus read_message(std::FILE* in, std::string& body) {
  std::string line;
  long long length = -1;
  bool any = false;
  while (true) {
    if (!read_line(in, line)) return any ? ReadStatus::malformed : ReadStatus::end_of_stream;
    any = true;
    if (line.empty()) break;
    const size_t colon = line.find(':');
    if (colon == std::string::npos) continue;
    std::string name = line.substr(0, colon);
    for (char& ch : name) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    if (name == "content-length") {
      char* end = nullptr;
      length = std::strtoll(line.c_str() + colon + 1, &end, 10);
      if (end == line.c_str() + colon + 1) length = -1;
    }
  }
  if (length < 0) return ReadStatus::malformed;
  if (static_cast<unsigned long long>(length) > kMaxMessageBytes) {
    for (long long i = 0; i < length && std::fgetc(in) != EOF; ++i) {
    }
    return ReadStatus::malformed;
  }
  body.resize(static_cast<size_t>(length));
  const size_t got = body.empty() ? 0 : std::fread(body.data(), 1, body.size(), in);
  if (got != body.size()) return ReadStatus::end_of_stream;
  return ReadStatus::message;
}

void write_message(std::FILE* out, const std::string& body) {
  std::fprintf(out, "Content-Length: %zu\r\n\r\n", body.size());
  std::fwrite(body.data(), 1, body.size(), out);
  std::fflush(out);
}

}  // namespace merrow::lsp
