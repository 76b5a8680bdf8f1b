# Sync engine rules (issue #6): the wizard's answers, retry of failed records, daily full
# reconciliation, local payments pushed, progress throttling. The sync tests drive an in-process
# SandboxServer over real HTTP (Xero and QuickBooks Online), with the engine on its own thread.
ledgerlink_add_test(customermatcher LIBS ledgerlink_core)
ledgerlink_add_test(syncrules SOURCES
    ${CMAKE_CURRENT_SOURCE_DIR}/tst_syncfixture.cpp ${CMAKE_CURRENT_SOURCE_DIR}/tst_syncfixture.h
    ${CMAKE_CURRENT_SOURCE_DIR}/tst_sandboxclient.cpp ${CMAKE_CURRENT_SOURCE_DIR}/tst_sandboxclient.h
    LIBS ledgerlink_sandbox Qt6::Network LABELS sandbox TIMEOUT 180)
ledgerlink_add_test(qborules SOURCES
    ${CMAKE_CURRENT_SOURCE_DIR}/tst_qbofixture.cpp ${CMAKE_CURRENT_SOURCE_DIR}/tst_qbofixture.h
    ${CMAKE_CURRENT_SOURCE_DIR}/tst_sandboxclient.cpp ${CMAKE_CURRENT_SOURCE_DIR}/tst_sandboxclient.h
    LIBS ledgerlink_sandbox Qt6::Network LABELS sandbox TIMEOUT 180)
ledgerlink_add_test(fullreconcile LIBS ledgerlink_core)
ledgerlink_add_test(progressthrottle LIBS ledgerlink_core)
