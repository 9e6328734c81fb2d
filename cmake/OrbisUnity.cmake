# The unity build (CMAKE_UNITY_BUILD=ON; scripts/build and scripts/lib/build-sanitize with
# ORBIS_UNITY=1, which CI sets): each target's sources are compiled eight to a unit, so that
# the headers every unit includes, and the templates they instantiate, are compiled once for
# eight files instead of once for each. docs/decisions/0004 gives what it saves.
#
# A file joins a unit with the files beside it in the target, so two of them may not define
# the same name at file scope, even in an anonymous namespace. The files below do (each says
# with which, and what), so they are compiled alone.
if(NOT CMAKE_UNITY_BUILD)
  return()
endif()

set(ORBIS_ALONE
    # kHead and read(), as points_test.cc writes them
    src/rules/ratios_test.cc
    # like_pattern(), as research_projects.cc writes it
    src/store/sql/teaching.cc
    # quoted(), which a unit with <iomanip> before it makes ambiguous with std::quoted
    src/store/sql/copy.cc
    # kColumns, as calls.cc names its own
    src/store/sql/courses.cc
    # kYear and open_sqlite(), as other store tests write them
    src/store/testing/graduates_test.cc
    src/store/sqlite/lists_migration_test.cc
    # kEverything, kList and kSort, as other services name their own
    src/service/registry/people.cc
    src/service/scholars/cases.cc
    # Tally, as funding.cc names its own
    src/service/indicators/partners.cc
    src/service/indicators/programmes.cc
    # DemoPartner, as another demo file names its own
    src/seed/demo_research.cc
    # UnitFields, InstitutionFields and AgreementFields, as other codecs name theirs
    src/http/json/scholars.cc
    src/http/json/stays.cc
    # array_of(), as another codec writes it
    src/http/json/teaching.cc
    # `using nlohmann::json` in namespace http, which makes http::json ambiguous in the files
    # after it
    src/http/openapi/openapi.cc
    # Widget, as endpoint_test.cc names its own
    src/http/json/codec_test.cc)

foreach(file IN LISTS ORBIS_ALONE)
  cmake_path(GET file PARENT_PATH dir)
  # Source properties belong to the folder whose CMakeLists.txt made the target.
  string(REGEX MATCH "^src/[a-z_]+" target_dir "${file}")
  set_source_files_properties("${CMAKE_SOURCE_DIR}/${file}" DIRECTORY "${CMAKE_SOURCE_DIR}/${target_dir}"
                              PROPERTIES SKIP_UNITY_BUILD_INCLUSION ON)
endforeach()

# The grades library and its tests alone: four of its files write their own invalid() and
# three of its tests their own builtins(), and its eight units are a small part of the build.
set_target_properties(orbis_grades orbis_grades_tests PROPERTIES UNITY_BUILD OFF)
