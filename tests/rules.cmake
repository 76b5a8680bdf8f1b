# Every sync rule of issue #6 on every provider (Xero, QuickBooks Online, Sage, MYOB): data-driven
# suites over the four sync fixtures through the provider-neutral tests/support/rulesworld.*,
# against the in-process sandbox over real HTTP. Three executables so ctest can run them in parallel.
set(LEDGERLINK_RULES_FIXTURES
    ${CMAKE_CURRENT_SOURCE_DIR}/tst_syncfixture.cpp ${CMAKE_CURRENT_SOURCE_DIR}/tst_syncfixture.h
    ${CMAKE_CURRENT_SOURCE_DIR}/tst_qbofixture.cpp ${CMAKE_CURRENT_SOURCE_DIR}/tst_qbofixture.h
    ${CMAKE_CURRENT_SOURCE_DIR}/tst_sagefixture.cpp ${CMAKE_CURRENT_SOURCE_DIR}/tst_sagefixture.h
    ${CMAKE_CURRENT_SOURCE_DIR}/tst_myobfixture.cpp ${CMAKE_CURRENT_SOURCE_DIR}/tst_myobfixture.h
    ${CMAKE_CURRENT_SOURCE_DIR}/tst_sandboxclient.cpp ${CMAKE_CURRENT_SOURCE_DIR}/tst_sandboxclient.h
    ${CMAKE_CURRENT_SOURCE_DIR}/support/rulesworld.cpp ${CMAKE_CURRENT_SOURCE_DIR}/support/rulesworld.h
    ${CMAKE_CURRENT_SOURCE_DIR}/support/rulesproviders.cpp)
foreach(suite providerrules providerrules2 providerrules3)
    ledgerlink_add_test(${suite} SOURCES ${LEDGERLINK_RULES_FIXTURES}
        LIBS ledgerlink_sandbox Qt6::Network LABELS sandbox rules TIMEOUT 300)
    target_include_directories(tst_${suite} PRIVATE ${CMAKE_CURRENT_SOURCE_DIR})
endforeach()
