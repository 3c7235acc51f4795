// PNG encoding of a cairo image surface, tuned for diagrams: cairo's own
// writer uses libpng's defaults (adaptive filtering, zlib level 6), which
// cost more than drawing. Diagrams are large flat areas and repeated rows:
// rows equal to the one above are filtered `up` (zeros), others not at all,
// into one fast raw-deflate stream with the Adler-32 computed here (see
// png_writer.cpp for the measurements); opaque images are written as RGB.
// Deterministic: no timestamps, no text chunks.
// Pre: an ARGB32 image surface, flushed. Post: "" on failure.
#pragma once
#include <cairo.h>

#include <string>

namespace merrow {

std::string encode_png(cairo_surface_t* image);

}  // namespace merrow
