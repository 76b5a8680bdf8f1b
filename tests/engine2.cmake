# Engine gaps of issue #6 (second round): the editable tax mapping, the preview per provider,
# the first poll after a push, QBO's 429 wait. Sync slots drive the in-process sandbox over HTTP.
set(LEDGERLINK_ENGINE2_XERO
    ${CMAKE_CURRENT_SOURCE_DIR}/tst_syncfixture.cpp ${CMAKE_CURRENT_SOURCE_DIR}/tst_syncfixture.h
    ${CMAKE_CURRENT_SOURCE_DIR}/tst_sandboxclient.cpp ${CMAKE_CURRENT_SOURCE_DIR}/tst_sandboxclient.h)
ledgerlink_add_test(taxmapping SOURCES ${LEDGERLINK_ENGINE2_XERO}
    LIBS ledgerlink_sandbox Qt6::Network LABELS sandbox TIMEOUT 120)
ledgerlink_add_test(previewrules LIBS ledgerlink_core)
ledgerlink_add_test(qborules2 SOURCES
    ${CMAKE_CURRENT_SOURCE_DIR}/tst_qbofixture.cpp ${CMAKE_CURRENT_SOURCE_DIR}/tst_qbofixture.h
    ${CMAKE_CURRENT_SOURCE_DIR}/tst_sandboxclient.cpp ${CMAKE_CURRENT_SOURCE_DIR}/tst_sandboxclient.h
    LIBS ledgerlink_sandbox Qt6::Network LABELS sandbox TIMEOUT 120)
ledgerlink_add_test(pollafterpush SOURCES ${LEDGERLINK_ENGINE2_XERO}
    LIBS ledgerlink_sandbox Qt6::Network LABELS sandbox TIMEOUT 120)
