/* The C API: a mindmap to PNG (its size on stdout), a broken diagram's
 * error, and a lint report as JSON. */
#include <stdio.h>
#include <string.h>

#include <merrow/merrow.h>

int main(void) {
  const char* map = "mindmap\n  root((Hello))\n    World\n";
  merrow_image* image = merrow_render(map, strlen(map), "png", "{\"scale\": 2, \"theme\": \"forest\"}");
  size_t size = 0;
  const unsigned char* png = merrow_image_data(image, &size);
  if (!png) {
    fprintf(stderr, "render failed: %s\n", merrow_image_error(image));
    merrow_image_free(image);
    return 1;
  }
  printf("merrow %s: png of %zu bytes, signature %s\n", merrow_version(), size,
         size > 8 && memcmp(png + 1, "PNG", 3) == 0 ? "ok" : "bad");
  merrow_image_free(image);

  const char* broken = "flowchart LR\n  A[open --> B\n";
  image = merrow_render(broken, strlen(broken), "svg", NULL);
  printf("broken: %s\n", merrow_image_error(image) ? merrow_image_error(image) : "(rendered)");
  merrow_image_free(image);

  image = merrow_lint_json(broken, strlen(broken), "broken.mmd");
  printf("lint: %s", (const char*)merrow_image_data(image, NULL));
  merrow_image_free(image);
  return 0;
}
