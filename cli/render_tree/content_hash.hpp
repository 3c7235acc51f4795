// A 128-bit content hash (two independent 64-bit FNV-1a lanes, each finished
// with a strong mixer) for naming cached images: stable across machines and
// runs, not cryptographic (an image name, not a signature).
#pragma once
#include <cstdint>
#include <string>
#include <string_view>

namespace merrow::cli {

class ContentHash {
 public:
  // Each field is length-prefixed, so ("ab","c") and ("a","bc") differ.
  ContentHash& add(std::string_view field) {
    mix_in(std::to_string(field.size()));
    mix_in(":");
    mix_in(field);
    return *this;
  }
  std::string hex() const {
    static constexpr char digits[] = "0123456789abcdef";
    std::string out;
    for (uint64_t lane : {finish(a_), finish(b_)})
      for (int shift = 60; shift >= 0; shift -= 4) out.push_back(digits[(lane >> shift) & 0xf]);
    return out;
  }

 private:
  void mix_in(std::string_view bytes) {
    for (unsigned char c : bytes) {
      a_ = (a_ ^ c) * 0x100000001b3ULL;
      b_ = (b_ ^ (c + 0x5bU)) * 0x100000001b3ULL;
    }
  }
  static uint64_t finish(uint64_t x) {  // splitmix64's finaliser
    x ^= x >> 30;
    x *= 0xbf58476d1ce4e5b9ULL;
    x ^= x >> 27;
    x *= 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
  }
  uint64_t a_ = 0xcbf29ce484222325ULL;
  uint64_t b_ = 0x84222325cbf29ce4ULL;
};

}  // namespace merrow::cli
