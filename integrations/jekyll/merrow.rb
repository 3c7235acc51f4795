# merrow.rb: a Jekyll (4.3) plugin drawing ```mermaid fences of pages and posts as inline SVG.
#   cp merrow.rb _plugins/
# merrow is found through MERROW (a path), else on PATH. Images are cached by content under the
# site's cache dir (.jekyll-cache/merrow). Fences of types merrow does not draw (sequenceDiagram, ...)
# stay, for the site's own mermaid. A broken diagram fails the build with page:line:col (the front
# matter's lines counted).
require "open3"

module Merrow
  def self.executable
    ENV["MERROW"] || ENV.fetch("PATH", "").split(File::PATH_SEPARATOR).map { |d| File.join(d, "merrow") }
                            .find { |f| File.executable?(f) } ||
      raise(Jekyll::Errors::FatalException, "merrow.rb: merrow not found; put it on PATH or set MERROW")
  end

  def self.markdown?(doc)
    exts = doc.site.config.fetch("markdown_ext", "md,markdown").split(",").map { |e| ".#{e.strip}" }
    exts.include?(doc.extname)
  end

  def self.draw(doc)
    return unless markdown?(doc) && doc.content.include?("mermaid")
    site = doc.site
    path = doc.relative_path
    raw = File.exist?(doc.path) ? File.read(doc.path, mode: "rb").force_encoding("UTF-8") : ""
    # Jekyll cut the front matter off doc.content: count its lines for the error positions.
    first_line = raw.end_with?(doc.content) ? raw[0, raw.size - doc.content.size].count("\n") + 1 : 1
    cache = File.join(site.in_source_dir(site.config["cache_dir"] || ".jekyll-cache"), "merrow")
    out, err, status = Open3.capture3(executable, "render", "-", "--stdin-filename", path,
                                      "--stdin-first-line", first_line.to_s, "--cache-dir", cache,
                                      "--rewrite", "--inline", "-q", "-o", "-", stdin_data: doc.content)
    raise Jekyll::Errors::FatalException, (err.strip.empty? ? "merrow failed on #{path}" : err.strip) unless status.success?
    # Liquid runs after this hook: keep it away from the SVG (a label may hold "{{").
    doc.content = out.gsub(%r{^<div class="merrow">\n.*?\n</div>\n}m) { |svg| "{% raw %}#{svg}{% endraw %}" }
  end
end

Jekyll::Hooks.register [:pages, :documents], :pre_render do |doc|
  Merrow.draw(doc)
end
