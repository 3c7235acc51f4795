# One static library per pipeline stage, shared by the top-level build and fuzz/:
# each folder globs its own sources, so adding a phase file needs no CMake edit.
# Dependencies point one way: model <- grammar <- lint, model <- layout <- render <- cli.
# MERROW_ROOT is the source tree. The generated translation unit keeps a stage
# buildable before its first file lands.
function(merrow_stage_library name dir)
  file(GLOB_RECURSE sources CONFIGURE_DEPENDS ${MERROW_ROOT}/${dir}/*.cpp)
  set(anchor ${CMAKE_BINARY_DIR}/stage_anchor_${name}.cpp)
  file(WRITE ${anchor} "namespace merrow { int ${name}_anchor = 0; }\n")
  add_library(${name} STATIC ${sources} ${anchor})
  target_include_directories(${name} PUBLIC ${MERROW_ROOT} ${MERROW_ROOT}/include)
  target_link_libraries(${name} PUBLIC ${ARGN})
endfunction()
