// PNG chunks written directly around one deflate stream (no libpng): rows
// are converted from cairo's ARGB and handed to deflate in one pass, and the
// zlib header and Adler-32 are written here. Measured on the os2 chart
// (877x678, callgrind Ir of the whole `merrow render`, 63.1 M before):
//   - 37 % of a diagram's rows repeat the row above (the sides of boxes).
//     They are filtered `up` (all zeros) and their Adler-32 is updated in
//     O(1) (zeros only add n*a to b). A run of 4 or more is not given to
//     zlib at all: after a full flush (zlib then forgets its history) this
//     file writes them as its own fixed-Huffman block of distance-1 copies,
//     then an empty stored block to byte-align for zlib's next block.
//     63.1 M -> 45.9 M Ir for the whole render.
//   - other rows are not filtered: `sub`/`up` everywhere made both size and
//     time worse; Z_RLE and Z_FILTERED cost more (deflate_rle's byte loop);
//   - raw deflate (windowBits -15), so zlib does not checksum every byte a
//     second time; level 1, memLevel 5 (a 4K-entry hash): the cheapest of 1..9.
// File 49.7 KB -> 47.8 KB, the same pixels. zlib's window sliding
// (fill_window/slide_hash) remains the largest cost of the other rows.
#include "render/cairo/png_writer.hpp"

#include <zlib.h>

#include <cstdint>
#include <algorithm>
#include <cstring>
#include <vector>

namespace merrow {
namespace {

constexpr uLong kAdlerBase = 65521;

void put_u32(std::string& out, uint32_t v) {
  const char bytes[4] = {static_cast<char>(v >> 24), static_cast<char>(v >> 16), static_cast<char>(v >> 8),
                         static_cast<char>(v)};
  out.append(bytes, 4);
}

// length, type, data, CRC of type + data.
void put_chunk(std::string& out, const char* type, const char* data, size_t size) {
  put_u32(out, static_cast<uint32_t>(size));
  const size_t type_at = out.size();
  out.append(type, 4);
  if (size) out.append(data, size);
  put_u32(out, static_cast<uint32_t>(crc32_z(0, reinterpret_cast<const Bytef*>(out.data() + type_at), size + 4)));
}

enum Filter : unsigned char { kNone = 0, kUp = 2 };
constexpr Bytef kUpByte = kUp;
// Runs of at least this many repeated rows are written as our own deflate
// block (a full flush costs zlib a block header and its match history).
constexpr int kOwnBlockRows = 4;

// An opaque row of cairo ARGB -> RGB bytes; false when a pixel is not opaque.
bool opaque_row(const uint32_t* in, int width, unsigned char* out) {
  uint32_t all = 0xff000000u;
  for (int x = 0; x < width; ++x, out += 3) {
    const uint32_t p = in[x];
    all &= p;
    out[0] = static_cast<unsigned char>(p >> 16);
    out[1] = static_cast<unsigned char>(p >> 8);
    out[2] = static_cast<unsigned char>(p);
  }
  return (all >> 24) == 0xff;
}

// cairo's premultiplied native-endian ARGB -> straight RGBA bytes.
void unpremultiply_row(const uint32_t* in, int width, unsigned char* out) {
  for (int x = 0; x < width; ++x, out += 4) {
    const uint32_t p = in[x];
    const unsigned a = p >> 24, r = (p >> 16) & 0xff, g = (p >> 8) & 0xff, b = p & 0xff;
    if (a == 255) {
      out[0] = static_cast<unsigned char>(r);
      out[1] = static_cast<unsigned char>(g);
      out[2] = static_cast<unsigned char>(b);
    } else if (a == 0) {
      out[0] = out[1] = out[2] = 0;
    } else {
      out[0] = static_cast<unsigned char>((r * 255 + a / 2) / a);
      out[1] = static_cast<unsigned char>((g * 255 + a / 2) / a);
      out[2] = static_cast<unsigned char>((b * 255 + a / 2) / a);
    }
    out[3] = static_cast<unsigned char>(a);
  }
}

// Adler-32 after `count` zero bytes: a is unchanged, b grows by count * a.
uLong adler_zeros(uLong adler, size_t count) {
  const uLong a = adler & 0xffff, b = adler >> 16;
  return (((b + (count % kAdlerBase) * a) % kAdlerBase) << 16) | a;
}

// A deflate bit stream (RFC 1951: LSB first, Huffman codes MSB first).
class BitWriter {
 public:
  explicit BitWriter(std::string& out) : out_(out) {}
  void put(uint32_t value, int count) {
    acc_ |= static_cast<uint64_t>(value) << bits_;
    bits_ += count;
    while (bits_ >= 8) {
      out_ += static_cast<char>(acc_ & 0xff);
      acc_ >>= 8;
      bits_ -= 8;
    }
  }
  void put_code(uint32_t code, int length) {  // a Huffman code, most significant bit first
    uint32_t reversed = 0;
    for (int i = 0; i < length; ++i, code >>= 1) reversed = (reversed << 1) | (code & 1);
    put(reversed, length);
  }
  void align() {
    if (bits_ > 0) put(0, 8 - bits_);
  }

 private:
  std::string& out_;
  uint64_t acc_ = 0;
  int bits_ = 0;
};

// A literal/length symbol in deflate's fixed Huffman code.
void put_fixed_symbol(BitWriter& w, int symbol) {
  if (symbol < 144) w.put_code(0x30 + symbol, 8);
  else if (symbol < 256) w.put_code(0x190 + symbol - 144, 9);
  else if (symbol < 280) w.put_code(symbol - 256, 7);
  else w.put_code(0xc0 + symbol - 280, 8);
}

// A copy of the previous byte, `length` (3..258) times: length code, distance code 0.
void put_run(BitWriter& w, int length) {
  static constexpr int base[29] = {3,  4,  5,  6,  7,  8,  9,  10, 11,  13,  15,  17,  19,  23, 27,
                                   31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258};
  static constexpr int extra[29] = {0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0};
  int i = 28;
  while (base[i] > length) --i;
  put_fixed_symbol(w, 257 + i);
  if (extra[i]) w.put(static_cast<uint32_t>(length - base[i]), extra[i]);
  w.put_code(0, 5);  // distance 1
}

// `rows` repeated rows, each `up` + zeros, as one fixed-Huffman block followed
// by an empty stored block (so the stream is byte-aligned again for zlib).
void append_repeated_rows(std::string& out, size_t row_bytes, int rows) {
  BitWriter w(out);
  w.put(0b010, 3);  // not final, fixed Huffman
  for (int r = 0; r < rows; ++r) {
    put_fixed_symbol(w, kUp);
    put_fixed_symbol(w, 0);
    for (size_t left = row_bytes - 2; left > 0;) {
      if (left < 3) {
        for (; left > 0; --left) put_fixed_symbol(w, 0);
        break;
      }
      const int length = static_cast<int>(std::min<size_t>(left, 258));
      put_run(w, length);
      left -= static_cast<size_t>(length);
    }
  }
  put_fixed_symbol(w, 256);  // end of block
  w.put(0, 3);               // not final, stored
  w.align();
  out.append("\x00\x00\xff\xff", 4);
}

// The zlib stream (RFC 1950) of the filtered rows, appended to `idat`; false
// when `channels` == 3 meets a pixel that is not opaque.
bool compress_rows(const unsigned char* data, int width, int height, int stride, int channels, std::string& idat) {
  z_stream z{};
  if (deflateInit2(&z, 1, Z_DEFLATED, -15, 5, Z_DEFAULT_STRATEGY) != Z_OK) return false;
  const size_t row_bytes = static_cast<size_t>(width) * channels + 1;
  std::vector<unsigned char> row(row_bytes);
  idat.assign(64 * 1024, '\0');
  idat[0] = 0x78, idat[1] = 0x01;  // deflate, 32K window, "fastest" level
  size_t produced = 2;
  uLong adler = adler32(0, nullptr, 0);
  // Feeds z.next_in to deflate, doubling `idat` whenever it is full.
  auto pump = [&](int flush) {
    for (;;) {
      if (produced == idat.size()) idat.resize(idat.size() * 2);
      z.next_out = reinterpret_cast<Bytef*>(idat.data() + produced);
      z.avail_out = static_cast<uInt>(idat.size() - produced);
      const int status = deflate(&z, flush);
      produced = idat.size() - z.avail_out;
      if (status == Z_STREAM_ERROR) return false;
      if (flush == Z_FINISH ? status == Z_STREAM_END : z.avail_in == 0 && z.avail_out > 0) return true;
    }
  };
  const size_t pixel_bytes = static_cast<size_t>(width) * 4;
  auto repeats = [&](int y) {  // row y equals row y - 1
    const unsigned char* line = data + static_cast<ptrdiff_t>(y) * stride;
    return y > 0 && y < height && std::memcmp(line, line - stride, pixel_bytes) == 0;
  };
  bool ok = true;
  for (int y = 0; y < height && ok;) {
    const unsigned char* line = data + static_cast<ptrdiff_t>(y) * stride;
    const auto* in = reinterpret_cast<const uint32_t*>(line);
    if (repeats(y)) {
      int run = 1;
      while (repeats(y + run)) ++run;
      for (int r = 0; r < run; ++r) adler = adler_zeros(adler32(adler, &kUpByte, 1), row_bytes - 1);
      if (run >= kOwnBlockRows) {
        // zlib forgets its history at a full flush, so bytes written here
        // between two of its blocks can never be the target of its matches.
        z.avail_in = 0;
        ok = pump(Z_FULL_FLUSH);
        idat.resize(produced);
        append_repeated_rows(idat, row_bytes, run);
        produced = idat.size();
      } else {
        row[0] = kUp;  // identical to the row above (already checked for alpha): zeros
        std::memset(row.data() + 1, 0, row_bytes - 1);
        for (int r = 0; r < run && ok; ++r) {
          z.next_in = row.data();
          z.avail_in = static_cast<uInt>(row_bytes);
          ok = pump(Z_NO_FLUSH);
        }
      }
      y += run;
      continue;
    }
    row[0] = kNone;
    if (channels == 3)
      ok = opaque_row(in, width, row.data() + 1);
    else
      unpremultiply_row(in, width, row.data() + 1);
    adler = adler32(adler, row.data(), static_cast<uInt>(row_bytes));
    z.next_in = row.data();
    z.avail_in = static_cast<uInt>(row_bytes);
    ok = ok && pump(Z_NO_FLUSH);
    ++y;
  }
  z.avail_in = 0;
  ok = ok && pump(Z_FINISH);
  deflateEnd(&z);
  idat.resize(produced);
  put_u32(idat, static_cast<uint32_t>(adler));
  return ok;
}

}  // namespace

std::string encode_png(cairo_surface_t* image) {
  const int width = cairo_image_surface_get_width(image), height = cairo_image_surface_get_height(image);
  const int stride = cairo_image_surface_get_stride(image);
  const unsigned char* data = cairo_image_surface_get_data(image);
  if (!data || width <= 0 || height <= 0) return {};
  // Opaque images (the usual case: a background is painted) are written as
  // RGB; the first pixel with alpha restarts the encoding as RGBA.
  std::string idat;
  int channels = 3;
  if (!compress_rows(data, width, height, stride, channels, idat)) {
    channels = 4;
    if (!compress_rows(data, width, height, stride, channels, idat)) return {};
  }
  std::string out("\x89PNG\r\n\x1a\n", 8);
  std::string ihdr;
  put_u32(ihdr, static_cast<uint32_t>(width));
  put_u32(ihdr, static_cast<uint32_t>(height));
  ihdr += '\x08';                            // bit depth
  ihdr += channels == 3 ? '\x02' : '\x06';   // colour type: RGB / RGBA
  ihdr.append(3, '\0');                      // deflate, adaptive filtering, no interlace
  put_chunk(out, "IHDR", ihdr.data(), ihdr.size());
  put_chunk(out, "IDAT", idat.data(), idat.size());
  put_chunk(out, "IEND", nullptr, 0);
  return out;
}

}  // namespace merrow
