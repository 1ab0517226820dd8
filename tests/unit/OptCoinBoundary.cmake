# The border around COIN-OR: core/opt is the only door to Clp/Cbc and its public headers
# (core/opt/*.h) include no COIN-OR header, directly or through another header; the solver
# backends live in core/opt/detail (docs/architecture.md, the opt row).
#
# Each public header is compiled on its own with the core's public include path and, ahead of
# it, a folder holding a stand-in for every header of the COIN-OR include folders, as <X.hpp> and
# as <coin/X.hpp>, that stops the compile with #error. A public header that includes one breaks
# the build of gridcarbon_unit_tests.
find_package(PkgConfig REQUIRED)
pkg_check_modules(OPT_CHECK_COIN REQUIRED clp cbc)

set(_poison ${CMAKE_CURRENT_BINARY_DIR}/opt_header_check/coin_poison)
foreach(_dir IN LISTS OPT_CHECK_COIN_INCLUDE_DIRS)
  file(GLOB_RECURSE _coin_headers RELATIVE ${_dir} ${_dir}/*)
  foreach(_header IN LISTS _coin_headers)
    set(_error "#error \"a public core/opt header includes the COIN-OR header ${_header}: move \
it to core/opt/detail\"\n")
    file(CONFIGURE OUTPUT ${_poison}/${_header} CONTENT "${_error}")
    file(CONFIGURE OUTPUT ${_poison}/coin/${_header} CONTENT "${_error}")
  endforeach()
endforeach()

file(GLOB _opt_public_headers CONFIGURE_DEPENDS ${PROJECT_SOURCE_DIR}/core/opt/*.h)
set(_opt_header_units)
foreach(_header IN LISTS _opt_public_headers)
  get_filename_component(_name ${_header} NAME_WE)
  set(_unit ${CMAKE_CURRENT_BINARY_DIR}/opt_header_check/${_name}.cpp)
  file(CONFIGURE OUTPUT ${_unit} CONTENT "#include \"opt/${_name}.h\"\n")
  list(APPEND _opt_header_units ${_unit})
endforeach()

add_library(gridcarbon_opt_header_check OBJECT ${_opt_header_units})
target_include_directories(gridcarbon_opt_header_check BEFORE PRIVATE ${_poison})
target_link_libraries(gridcarbon_opt_header_check PRIVATE gridcarbon_core)
add_dependencies(gridcarbon_unit_tests gridcarbon_opt_header_check)

# The one unit test that reads exported models back with COIN-OR's own readers sees COIN-OR;
# no other unit test does.
set_source_files_properties(${CMAKE_CURRENT_SOURCE_DIR}/unit/test_opt_export.cpp PROPERTIES
  INCLUDE_DIRECTORIES "${OPT_CHECK_COIN_INCLUDE_DIRS}")
target_link_libraries(gridcarbon_unit_tests PRIVATE ${OPT_CHECK_COIN_LINK_LIBRARIES})
