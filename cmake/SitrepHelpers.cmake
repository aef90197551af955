# sitrep_library(NAME SOURCES... DEPS ...): one library per pipeline stage.
function(sitrep_library name)
  cmake_parse_arguments(ARG "" "" "SOURCES;DEPS" ${ARGN})
  add_library(${name} STATIC ${ARG_SOURCES})
  target_include_directories(${name} PUBLIC ${CMAKE_SOURCE_DIR}/include ${CMAKE_SOURCE_DIR}/src)
  target_link_libraries(${name} PUBLIC ${ARG_DEPS})
endfunction()

# sitrep_test(NAME SOURCES... DEPS ...): a GoogleTest binary registered with ctest.
function(sitrep_test name)
  cmake_parse_arguments(ARG "" "" "SOURCES;DEPS" ${ARGN})
  add_executable(${name} ${ARG_SOURCES})
  target_link_libraries(${name} PRIVATE ${ARG_DEPS} GTest::gtest GTest::gtest_main)
  target_compile_definitions(${name} PRIVATE SITREP_SOURCE_DIR_DEFAULT="${CMAKE_SOURCE_DIR}"
    SITREP_DICT_DEFAULT="${CMAKE_BINARY_DIR}/dict/sitrep.dict"
    SITREP_GAZETTEER_DEFAULT="${CMAKE_BINARY_DIR}/geo/sitrep.gaz"
    SITREP_MODEL_DEFAULT="${CMAKE_SOURCE_DIR}/data/models/sitrep-en.model")
  gtest_discover_tests(${name} DISCOVERY_TIMEOUT 60
    PROPERTIES ENVIRONMENT "SITREP_DICT=${CMAKE_BINARY_DIR}/dict/sitrep.dict;SITREP_SOURCE_DIR=${CMAKE_SOURCE_DIR}")
endfunction()
