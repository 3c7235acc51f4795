// PNG chunks written directly around one raw deflate stream (no libpng): rows
// are converted from cairo's ARGB and handed to deflate in one pass, and the
// zlib header and Adler-32 are written here. Measured on the os2 chart
// (877x678, callgrind Ir of the whole `merrow render`, 63.1 M before):
//   - a row equal to the one above is filtered `up` (all zeros) and its
//     Adler-32 is updated in O(1) (a run of zeros only adds n*a to b); 37 %
//     of a diagram's rows repeat (the sides of boxes). Other rows are not
//     filtered: `sub`/`up` everywhere made both size and time worse.
//   - raw deflate (windowBits -15) so zlib does not checksum every byte
//     again: adler32 went from 6.4 M to 3.9 M Ir;
//   - level 1, memLevel 5 (a 4K-entry hash): the cheapest of 1..9 here;
//     Z_RLE and Z_FILTERED cost more (deflate_rle byte loop) or the same.
//   - no libpng: its row buffering and copies are gone.
// Whole render 63.1 M -> 57.5 M Ir, file 49.7 KB -> 46.9 KB. zlib's window
// sliding (fill_window/slide_hash) is now the largest single cost; only a
// faster deflate (libdeflate) would remove it.
#include "render/cairo/png_writer.hpp"

#include <zlib.h>

#include <cstdint>
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
  bool ok = true;
  for (int y = 0; y < height && ok; ++y) {
    const unsigned char* line = data + static_cast<ptrdiff_t>(y) * stride;
    const auto* in = reinterpret_cast<const uint32_t*>(line);
    if (y > 0 && std::memcmp(line, line - stride, static_cast<size_t>(width) * 4) == 0) {
      row[0] = kUp;  // identical to the row above (already checked for alpha): zeros
      std::memset(row.data() + 1, 0, row_bytes - 1);
      adler = adler_zeros(adler32(adler, row.data(), 1), row_bytes - 1);
    } else {
      row[0] = kNone;
      if (channels == 3)
        ok = opaque_row(in, width, row.data() + 1);
      else
        unpremultiply_row(in, width, row.data() + 1);
      adler = adler32(adler, row.data(), static_cast<uInt>(row_bytes));
    }
    z.next_in = row.data();
    z.avail_in = static_cast<uInt>(row_bytes);
    ok = ok && pump(y + 1 == height ? Z_FINISH : Z_NO_FLUSH);
  }
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
