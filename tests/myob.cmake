# MYOB AccountRight sync (core/providers/myob*): the mappers on recorded replies, the client against
# the in-process sandbox, and the engine end to end on a MYOB integration.
set(LEDGERLINK_MYOB_FIXTURE
    ${CMAKE_CURRENT_SOURCE_DIR}/tst_myobfixture.cpp ${CMAKE_CURRENT_SOURCE_DIR}/tst_myobfixture.h
    ${CMAKE_CURRENT_SOURCE_DIR}/tst_sandboxclient.cpp ${CMAKE_CURRENT_SOURCE_DIR}/tst_sandboxclient.h)
ledgerlink_add_test(myobmappers LIBS ledgerlink_core)
ledgerlink_add_test(myobclient SOURCES ${LEDGERLINK_MYOB_FIXTURE}
    LIBS ledgerlink_sandbox Qt6::Network LABELS sandbox TIMEOUT 120)
ledgerlink_add_test(myobsync SOURCES ${LEDGERLINK_MYOB_FIXTURE}
    LIBS ledgerlink_sandbox Qt6::Network LABELS sandbox TIMEOUT 180)
