// LSP base protocol over a byte stream: `Content-Length: N\r\n` headers, a
// blank line, N bytes of JSON. Reading never throws: a broken header is
// reported and skipped, so one bad message never ends the session.
#pragma once
#include <cstdio>
#include <string>

namespace merrow::lsp {

enum class ReadStatus { message, malformed, end_of_stream };

// Bodies over this are read and dropped (malformed): the server's memory stays bounded.
inline constexpr size_t kMaxMessageBytes = 512u * 1024 * 1024;

ReadStatus read_message(std::FILE* in, std::string& body);
void write_message(std::FILE* out, const std::string& body);

}  // namespace merrow::lsp
