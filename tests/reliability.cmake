# Reliability suite on QuickBooks Online, Sage and MYOB (issue 9; Xero: syncfaults, synckill).
# tst_providerfaults: the sandbox fault matrix, one ctest entry per provider.
set(LEDGERLINK_RELIABILITY_FIXTURES
    ${CMAKE_CURRENT_SOURCE_DIR}/tst_qbofixture.cpp ${CMAKE_CURRENT_SOURCE_DIR}/tst_qbofixture.h
    ${CMAKE_CURRENT_SOURCE_DIR}/tst_sagefixture.cpp ${CMAKE_CURRENT_SOURCE_DIR}/tst_sagefixture.h
    ${CMAKE_CURRENT_SOURCE_DIR}/tst_myobfixture.cpp ${CMAKE_CURRENT_SOURCE_DIR}/tst_myobfixture.h
    ${CMAKE_CURRENT_SOURCE_DIR}/tst_sandboxclient.cpp ${CMAKE_CURRENT_SOURCE_DIR}/tst_sandboxclient.h)
foreach(provider qbo sage myob)
    ledgerlink_add_test(providerfaults NAME providerfaults_${provider} SOURCES ${LEDGERLINK_RELIABILITY_FIXTURES}
        LIBS ledgerlink_sandbox Qt6::Network LABELS reliability sandbox ARGS ${provider} TIMEOUT 180)
endforeach()
# tst_providerkill: a helper process pushing invoices is SIGKILLed at random moments (3 kills;
# LEDGERLINK_LONG_RELIABILITY=1 for 20 kills and 2,000 invoices), one ctest entry per provider.
add_executable(tst_providerkill_helper ${CMAKE_CURRENT_SOURCE_DIR}/tst_providerkill_helper.cpp)
target_link_libraries(tst_providerkill_helper PRIVATE ledgerlink_options ledgerlink_core)
foreach(provider qbo sage myob)
    ledgerlink_add_test(providerkill NAME providerkill_${provider} SOURCES ${LEDGERLINK_RELIABILITY_FIXTURES}
        LIBS ledgerlink_sandbox Qt6::Network LABELS reliability sandbox ARGS ${provider} TIMEOUT 300)
endforeach()
add_dependencies(tst_providerkill tst_providerkill_helper)
