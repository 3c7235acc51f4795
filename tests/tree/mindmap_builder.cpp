#include "mindmap_builder.hpp"

namespace merrow::test {

Mindmap random_mindmap(uint32_t count, uint32_t seed) {
  uint64_t state = seed * 2654435761u + 1;
  auto next = [&](uint32_t bound) {
    state = state * 6364136223846793005ull + 1442695040888963407ull;
    return static_cast<uint32_t>((state >> 33) % bound);
  };
  MindmapBuilder b;
  b.add(-1, "root", MindmapShape::circle);
  for (uint32_t i = 1; i < count; ++i) {
    // Favour recent nodes as parents so maps get depth as well as breadth.
    const uint32_t parent = next(2) == 0 ? next(i) : i - 1 - next(std::min<uint32_t>(i, 4));
    std::string text;
    const uint32_t length = 1 + next(60);
    for (uint32_t k = 0; k < length; ++k) text += (next(6) == 0 ? ' ' : static_cast<char>('a' + next(26)));
    b.add(static_cast<int32_t>(parent), text, static_cast<MindmapShape>(next(7)));
  }
  return b.map();
}

}  // namespace merrow::test
