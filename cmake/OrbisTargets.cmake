# Helpers that give every project target the same standard, warnings and test wiring.

set(ORBIS_WARNINGS -Wall -Wextra -Werror -Wno-missing-field-initializers)

# The test programs' own code (GoogleTest's macros, the JSON they build and compare) is
# compiled at -O1 in an optimised build: a suite compiles in 40% less time than at -O2 and
# runs as fast, its time being the server's. What they test, the libraries, is compiled as
# the build is configured. Appended after the build type's flags, so it is the -O that holds.
set(ORBIS_TEST_OPTIONS ${ORBIS_WARNINGS} $<$<NOT:$<CONFIG:Debug>>:-O1>)

# orbis_layer(NAME DEPS ... [TEST_DEPS ...]): the library orbis_<NAME> from every *.cc in
# the calling folder and its subfolders except *_test.cc and a program's main.cc, linked
# only to the layers and packages in DEPS.
# The *_test.cc files become the test executable orbis_<NAME>_tests.
function(orbis_layer name)
  cmake_parse_arguments(L "" "" "DEPS;TEST_DEPS" ${ARGN})
  file(GLOB_RECURSE sources CONFIGURE_DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/*.cc)
  list(FILTER sources EXCLUDE REGEX "(_test|/main)\\.cc$")
  if(NOT sources)
    set(empty ${CMAKE_CURRENT_BINARY_DIR}/empty.cc)
    file(WRITE ${empty} "// layer ${name} has no sources yet\n")
    set(sources ${empty})
  endif()
  add_library(orbis_${name} STATIC ${sources})
  target_include_directories(orbis_${name} PUBLIC ${CMAKE_SOURCE_DIR}/src)
  target_compile_options(orbis_${name} PRIVATE ${ORBIS_WARNINGS})
  target_link_libraries(orbis_${name} PUBLIC ${L_DEPS})
  file(GLOB_RECURSE tests CONFIGURE_DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/*_test.cc)
  if(ORBIS_BUILD_TESTS AND tests)
    add_executable(orbis_${name}_tests ${tests})
    target_compile_options(orbis_${name}_tests PRIVATE ${ORBIS_TEST_OPTIONS})
    target_compile_definitions(orbis_${name}_tests PRIVATE
      ORBIS_SOURCE_DIR="${CMAKE_SOURCE_DIR}")
    target_link_libraries(orbis_${name}_tests PRIVATE orbis_${name} ${L_TEST_DEPS}
      GTest::gtest GTest::gtest_main)
    gtest_discover_tests(orbis_${name}_tests DISCOVERY_TIMEOUT 60
      PROPERTIES ENVIRONMENT "ORBIS_SOURCE_DIR=${CMAKE_SOURCE_DIR}")
  endif()
endfunction()
