/* merrow's C API: Mermaid flowcharts and mindmaps rendered to SVG, PNG or
 * PDF in memory, and linted to JSON, for C and other languages (Python
 * ctypes, Go cgo, Rust bindgen). The C++ API is merrow/merrow.hpp.
 *
 *   merrow_image* image = merrow_render(text, strlen(text), "svg", NULL);
 *   if (merrow_image_error(image)) fprintf(stderr, "%s\n", merrow_image_error(image));
 *   else { size_t size; const unsigned char* svg = merrow_image_data(image, &size); ... }
 *   merrow_image_free(image);
 *
 * Contract, for every function:
 *   - never throws, never aborts on bad input: failures come back as a
 *     result whose error is set (out of memory alone gives NULL);
 *   - thread-safe: any function may be called from several threads at once;
 *     a result belongs to its caller and is freed with merrow_image_free;
 *   - deterministic: the same text and options give the same bytes;
 *   - text is UTF-8 of `length` bytes (it need not be NUL-terminated and
 *     may contain NUL bytes); strings returned are NUL-terminated UTF-8 and
 *     live until their result is freed (merrow_version's forever).
 * Link with -lmerrow (pkg-config merrow, or CMake find_package(merrow) and
 * the target merrow::merrow), which carry merrow's own dependencies. */
#ifndef MERROW_MERROW_H
#define MERROW_MERROW_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

/* The outcome of a call: bytes (an image, or JSON), or an error. Opaque. */
typedef struct merrow_image merrow_image;

/* Parses, lays out and draws the first diagram of `text` (Mermaid source,
 * as a .mmd file holds it).
 * format: "svg", "png" or "pdf" (NULL = "svg").
 * options_json: NULL, or a JSON object with any of
 *   "theme"      "default" | "neutral" | "dark" | "forest" | "base"
 *   "config"     a mermaid config object (what mmdc's --configFile holds)
 *   "scale"      PNG device pixel ratio (number > 0, default 1)
 *   "background" a CSS colour or "transparent" (default white, as mmdc)
 *   "width"      fit the drawing into this width in px (number > 0)
 *   "height"     ... and/or this height
 *   "svg_id"     SVG: the root id and the prefix of every id inside (mmdc's
 *                --svgId); default: derived from the drawing, so SVGs inlined
 *                in one HTML page never share an id
 * Unknown keys, wrong types and unsupported diagram types are errors.
 * Returns a result to free with merrow_image_free (NULL only when out of memory). */
merrow_image* merrow_render(const char* text, size_t length, const char* format, const char* options_json);

/* Lints `text` (a bare diagram, or a Markdown page when `path` ends in .md,
 * .markdown or .mdx) with the default rules, and returns the diagnostics as
 * the JSON array `merrow lint --format json` prints (docs/lint-json.md),
 * "file" being `path` (NULL = "-"). The data is the JSON text; a clean text
 * gives "[]\n". The error is set only when linting itself failed. */
merrow_image* merrow_lint_json(const char* text, size_t length, const char* path);

/* The bytes of a result and their count (in *size when size is not NULL);
 * NULL when the result has an error. The data is followed by a NUL byte
 * (handy for SVG and JSON), which *size does not count. */
const unsigned char* merrow_image_data(const merrow_image* image, size_t* size);

/* Why nothing was produced ("line:column: message" for a broken diagram),
 * or NULL when it worked. NULL image: "out of memory". */
const char* merrow_image_error(const merrow_image* image);

/* Frees a result; NULL is allowed. */
void merrow_image_free(merrow_image* image);

/* merrow's version, "MAJOR.MINOR.PATCH". */
const char* merrow_version(void);

#ifdef __cplusplus
}
#endif

#endif /* MERROW_MERROW_H */
