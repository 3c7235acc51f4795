#!/bin/sh
# install_and_consume.sh BUILD_DIR SOURCE_DIR SCRATCH: installs merrow from
# BUILD_DIR into SCRATCH/prefix, builds examples/ against the installed
# package with CMake (find_package(merrow)) and with pkg-config, and runs
# both consumers of each build. Exits non-zero at the first failure.
set -eu
build=$1 source=$2 scratch=$3
rm -rf "$scratch"
mkdir -p "$scratch"
prefix=$scratch/prefix
cmake --install "$build" --prefix "$prefix" >"$scratch/install.log"
for f in include/merrow/merrow.hpp include/merrow/merrow.h lib/libmerrow.a lib/pkgconfig/merrow.pc \
         lib/cmake/merrow/merrowConfig.cmake bin/merrow share/man/man1/merrow.1 \
         share/merrow/docs/rules/unclosed-bracket.md; do  # the rule pages merrow lsp links to
  test -f "$prefix/$f" || { echo "not installed: $f"; exit 1; }
done

# CMake
cmake -S "$source/examples" -B "$scratch/cmake" -DCMAKE_PREFIX_PATH="$prefix" -DCMAKE_BUILD_TYPE=Release \
  >"$scratch/cmake.log"
cmake --build "$scratch/cmake" >>"$scratch/cmake.log"
"$scratch/cmake/render_cpp" >"$scratch/cmake-cpp.svg"
"$scratch/cmake/render_c" >"$scratch/cmake-c.txt"

# pkg-config
export PKG_CONFIG_PATH="$prefix/lib/pkgconfig"
c++ -std=c++20 -o "$scratch/pc_cpp" "$source/examples/render.cpp" $(pkg-config --cflags --libs merrow)
cc -o "$scratch/pc_c" "$source/examples/render.c" $(pkg-config --cflags --libs merrow)
"$scratch/pc_cpp" >"$scratch/pc-cpp.svg"
"$scratch/pc_c" >"$scratch/pc-c.txt"
echo ok
