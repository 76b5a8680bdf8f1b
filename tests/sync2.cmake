# QuickBooks Online sync (core/providers/qbo*): the client and mappers against the in-process
# sandbox and recorded replies, and the engine end to end on a QBO integration.
set(LEDGERLINK_QBO_FIXTURE
    ${CMAKE_CURRENT_SOURCE_DIR}/tst_qbofixture.cpp ${CMAKE_CURRENT_SOURCE_DIR}/tst_qbofixture.h
    ${CMAKE_CURRENT_SOURCE_DIR}/tst_sandboxclient.cpp ${CMAKE_CURRENT_SOURCE_DIR}/tst_sandboxclient.h)
ledgerlink_add_test(qboclient SOURCES ${LEDGERLINK_QBO_FIXTURE}
    LIBS ledgerlink_sandbox Qt6::Network LABELS sandbox TIMEOUT 120)
ledgerlink_add_test(qbosync SOURCES ${LEDGERLINK_QBO_FIXTURE}
    LIBS ledgerlink_sandbox Qt6::Network LABELS sandbox TIMEOUT 180)
