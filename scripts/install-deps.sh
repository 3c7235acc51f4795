#!/usr/bin/env bash
# Installs every Debian 12 package merrow needs to build, test and render.
# Idempotent: does nothing (no apt-get call at all) when everything is present.
set -euo pipefail
packages=(
  build-essential cmake pkg-config git
  tao-pegtl-dev libcairo2-dev libharfbuzz-dev libfreetype-dev libfontconfig-dev
  catch2 nlohmann-json3-dev libcli11-dev libtomlplusplus-dev libyaml-cpp-dev libbenchmark-dev
  fonts-liberation fonts-dejavu-core fonts-font-awesome
  librsvg2-bin poppler-utils pre-commit
  clang libclang-rt-14-dev
  ninja-build python3-sphinx python3-sphinxcontrib-mermaid python3-myst-parser pandoc mkdocs jekyll neovim
)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
echo "merrow: installing ${missing[*]}" >&2
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO=sudo
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
