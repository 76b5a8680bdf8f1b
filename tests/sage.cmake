# Sage Business Cloud Accounting sync (core/providers/sage*): the mappers on recorded replies, the
# client against the in-process sandbox, and the engine end to end on a Sage integration.
set(LEDGERLINK_SAGE_FIXTURE
    ${CMAKE_CURRENT_SOURCE_DIR}/tst_sagefixture.cpp ${CMAKE_CURRENT_SOURCE_DIR}/tst_sagefixture.h
    ${CMAKE_CURRENT_SOURCE_DIR}/tst_sandboxclient.cpp ${CMAKE_CURRENT_SOURCE_DIR}/tst_sandboxclient.h)
ledgerlink_add_test(sagemappers LIBS ledgerlink_core)
ledgerlink_add_test(sageclient SOURCES ${LEDGERLINK_SAGE_FIXTURE}
    LIBS ledgerlink_sandbox Qt6::Network LABELS sandbox TIMEOUT 120)
ledgerlink_add_test(sagesync SOURCES ${LEDGERLINK_SAGE_FIXTURE}
    LIBS ledgerlink_sandbox Qt6::Network LABELS sandbox TIMEOUT 180)
ledgerlink_add_test(sagedeletions SOURCES ${LEDGERLINK_SAGE_FIXTURE}
    LIBS ledgerlink_sandbox Qt6::Network LABELS sandbox TIMEOUT 120)
