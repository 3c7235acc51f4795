// HarfBuzz, opened on first use instead of at process start. Debian ships no
// static HarfBuzz, and the shared one brings glib, graphite2, pcre2 and
// FreeType's shared stack with it: ~0.7 ms of dynamic loading in every run,
// half of what `merrow lint` needs in all. Only shaping (layout measuring
// text, the backends drawing it) calls harfbuzz(), so lint never loads it.
#pragma once
#include <hb.h>

#include <string>

namespace merrow {

// The HarfBuzz functions merrow uses, resolved from libharfbuzz.so.0.
struct HarfBuzzApi {
  decltype(&::hb_blob_create_from_file) blob_create_from_file;
  decltype(&::hb_blob_destroy) blob_destroy;
  decltype(&::hb_face_create) face_create;
  decltype(&::hb_face_destroy) face_destroy;
  decltype(&::hb_face_get_upem) face_get_upem;
  decltype(&::hb_font_create) font_create;
  decltype(&::hb_font_destroy) font_destroy;
  decltype(&::hb_font_set_scale) font_set_scale;
  decltype(&::hb_font_get_h_extents) font_get_h_extents;
  decltype(&::hb_font_get_nominal_glyph) font_get_nominal_glyph;
  decltype(&::hb_buffer_create) buffer_create;
  decltype(&::hb_buffer_destroy) buffer_destroy;
  decltype(&::hb_buffer_clear_contents) buffer_clear_contents;
  decltype(&::hb_buffer_add_utf8) buffer_add_utf8;
  decltype(&::hb_buffer_guess_segment_properties) buffer_guess_segment_properties;
  decltype(&::hb_buffer_get_glyph_infos) buffer_get_glyph_infos;
  decltype(&::hb_buffer_get_glyph_positions) buffer_get_glyph_positions;
  decltype(&::hb_shape) shape;
};

// The library, loaded once (thread-safe); nullptr when it cannot be opened
// or lacks a function: text then measures as if no font were installed.
const HarfBuzzApi* harfbuzz();

// The file HarfBuzz was loaded from, "" while harfbuzz() has not loaded it
// (this never loads it): caches of its results are stamped with it.
std::string harfbuzz_library_path();

}  // namespace merrow
