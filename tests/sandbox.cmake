# Sandbox tests: an in-process SandboxServer on 127.0.0.1:0, driven over real HTTP (loopback only).
set(LEDGERLINK_SANDBOX_TEST_CLIENT
    ${CMAKE_CURRENT_SOURCE_DIR}/tst_sandboxclient.cpp
    ${CMAKE_CURRENT_SOURCE_DIR}/tst_sandboxclient.h
    ${CMAKE_CURRENT_SOURCE_DIR}/tst_sandboxsession.h)
foreach(unit sandboxframework sandboxxerooauth sandboxxeroqtflow sandboxxeroapi sandboxxerorules
        sandboxqbo sandboxsage sandboxmyob sandboxproviders sandboxfaults sandboxstress sandboxconformance)
    ledgerlink_add_test(${unit} SOURCES ${LEDGERLINK_SANDBOX_TEST_CLIENT}
        LIBS ledgerlink_sandbox Qt6::Network LABELS sandbox TIMEOUT 180)
endforeach()
# tst_sandboxframework also starts the ledgerlink-sandbox executable.
add_dependencies(tst_sandboxframework ledgerlink-sandbox)

# Conformance against the Xero OpenAPI spec (../shared/reference/xero-openapi) runs
# tst_sandbox_conformance.py with Debian's python3-yaml and python3-jsonschema (test-only
# dependencies). Debian's own interpreter is preferred over any other python3 on PATH; without the
# modules the test skips.
find_program(LEDGERLINK_SANDBOX_PYTHON3 NAMES python3 PATHS /usr/bin NO_DEFAULT_PATH)
if(NOT LEDGERLINK_SANDBOX_PYTHON3)
    find_program(LEDGERLINK_SANDBOX_PYTHON3 NAMES python3)
endif()
if(LEDGERLINK_SANDBOX_PYTHON3)
    execute_process(COMMAND ${LEDGERLINK_SANDBOX_PYTHON3} -c "import yaml, jsonschema"
        RESULT_VARIABLE ledgerlink_python_modules OUTPUT_QUIET ERROR_QUIET)
endif()
if(LEDGERLINK_SANDBOX_PYTHON3 AND ledgerlink_python_modules EQUAL 0)
    target_compile_definitions(tst_sandboxconformance PRIVATE LEDGERLINK_SANDBOX_PYTHON="${LEDGERLINK_SANDBOX_PYTHON3}")
else()
    message(STATUS "Sandbox conformance test will skip: install python3-yaml and python3-jsonschema")
endif()
