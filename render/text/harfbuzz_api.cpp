#include "render/text/harfbuzz_api.hpp"

#include <dlfcn.h>

#include <atomic>

namespace merrow {
namespace {

std::atomic<bool> loaded{false};
std::string loaded_path;  // written once, before `loaded`

template <typename F>
bool bind(void* library, const char* name, F& slot) {
  slot = reinterpret_cast<F>(dlsym(library, name));
  return slot != nullptr;
}

const HarfBuzzApi* open_harfbuzz() {
  // Never closed: fonts keep HarfBuzz objects for the process lifetime.
  // RTLD_LAZY: RTLD_NOW also bound every function of GLib, graphite2 and
  // the shared FreeType that HarfBuzz needs (HarfBuzz itself is linked
  // BIND_NOW): 0.25 M instructions of a 5.9 M one-diagram run (callgrind).
  void* library = dlopen("libharfbuzz.so.0", RTLD_LAZY | RTLD_LOCAL);
  if (!library) return nullptr;
  static HarfBuzzApi api;
  const bool complete = bind(library, "hb_blob_create_from_file", api.blob_create_from_file) &&
                        bind(library, "hb_blob_destroy", api.blob_destroy) &&
                        bind(library, "hb_face_create", api.face_create) &&
                        bind(library, "hb_face_destroy", api.face_destroy) &&
                        bind(library, "hb_face_get_upem", api.face_get_upem) &&
                        bind(library, "hb_font_create", api.font_create) &&
                        bind(library, "hb_font_destroy", api.font_destroy) &&
                        bind(library, "hb_font_set_scale", api.font_set_scale) &&
                        bind(library, "hb_font_get_h_extents", api.font_get_h_extents) &&
                        bind(library, "hb_font_get_nominal_glyph", api.font_get_nominal_glyph) &&
                        bind(library, "hb_buffer_create", api.buffer_create) &&
                        bind(library, "hb_buffer_destroy", api.buffer_destroy) &&
                        bind(library, "hb_buffer_clear_contents", api.buffer_clear_contents) &&
                        bind(library, "hb_buffer_add_utf8", api.buffer_add_utf8) &&
                        bind(library, "hb_buffer_guess_segment_properties", api.buffer_guess_segment_properties) &&
                        bind(library, "hb_buffer_get_glyph_infos", api.buffer_get_glyph_infos) &&
                        bind(library, "hb_buffer_get_glyph_positions", api.buffer_get_glyph_positions) &&
                        bind(library, "hb_shape", api.shape);
  if (!complete) return nullptr;
  Dl_info info{};
  if (dladdr(reinterpret_cast<void*>(api.shape), &info) && info.dli_fname) loaded_path = info.dli_fname;
  loaded.store(true, std::memory_order_release);
  return &api;
}

}  // namespace

const HarfBuzzApi* harfbuzz() {
  static const HarfBuzzApi* api = open_harfbuzz();
  return api;
}

std::string harfbuzz_library_path() {
  return loaded.load(std::memory_order_acquire) ? loaded_path : std::string();
}

}  // namespace merrow
