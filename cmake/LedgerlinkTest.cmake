# ledgerlink_add_test(<unit> [NAME n] [SOURCES ...] [LIBS ...] [LABELS ...] [LAUNCHER ...] [ARGS ...]
#                     [FIXTURES ...] [TIMEOUT s])
# NAME registers another ctest entry for an already built tst_<unit> (e.g. with another launcher).
# builds tests/tst_<unit>.cpp (plus SOURCES) into tst_<unit>, registers it with ctest and gives it a
# fixed, reproducible environment: offscreen platform, C locale, forced asserts, its own HOME/XDG dirs.
function(ledgerlink_add_test unit)
    cmake_parse_arguments(ARG "" "TIMEOUT;NAME" "SOURCES;LIBS;LABELS;LAUNCHER;FIXTURES;ARGS" ${ARGN})
    set(target tst_${unit})
    if(NOT TARGET ${target})
        add_executable(${target} ${CMAKE_CURRENT_SOURCE_DIR}/tst_${unit}.cpp ${ARG_SOURCES})
        target_link_libraries(${target} PRIVATE ledgerlink_options ledgerlink_testsupport Qt6::Test ${ARG_LIBS})
    endif()
    if(ARG_NAME)
        set(unit ${ARG_NAME})
    endif()
    if(NOT ARG_LABELS)
        set(ARG_LABELS unit)
    endif()
    if(NOT ARG_TIMEOUT)
        set(ARG_TIMEOUT 300)
    endif()
    add_test(NAME ${unit} COMMAND ${ARG_LAUNCHER} $<TARGET_FILE:${target}> ${ARG_ARGS})
    set(home ${CMAKE_CURRENT_BINARY_DIR}/home/${unit})
    file(MAKE_DIRECTORY ${home})
    set_tests_properties(${unit} PROPERTIES
        LABELS "${ARG_LABELS}"
        TIMEOUT ${ARG_TIMEOUT}
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LC_ALL=C.UTF-8;LANG=C.UTF-8;LANGUAGE=en;QT_FORCE_ASSERTS=1;HOME=${home};XDG_DATA_HOME=${home}/.local/share;XDG_CONFIG_HOME=${home}/.config;XDG_CACHE_HOME=${home}/.cache;LEDGERLINK_BIN_DIR=$<TARGET_FILE_DIR:${target}>")
    if(ARG_FIXTURES)
        set_tests_properties(${unit} PROPERTIES FIXTURES_REQUIRED "${ARG_FIXTURES}")
    endif()
endfunction()
