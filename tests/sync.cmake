# Sync engine and provider tests (core/sync, core/providers). The sync tests drive an in-process
# SandboxServer over real HTTP, with the engine on its own thread.
set(LEDGERLINK_SYNC_FIXTURE
    ${CMAKE_CURRENT_SOURCE_DIR}/tst_syncfixture.cpp ${CMAKE_CURRENT_SOURCE_DIR}/tst_syncfixture.h
    ${CMAKE_CURRENT_SOURCE_DIR}/tst_sandboxclient.cpp ${CMAKE_CURRENT_SOURCE_DIR}/tst_sandboxclient.h)
ledgerlink_add_test(xeromappers LIBS ledgerlink_core)
ledgerlink_add_test(scheduler LIBS ledgerlink_core)
ledgerlink_add_test(syncengine SOURCES ${LEDGERLINK_SYNC_FIXTURE}
    LIBS ledgerlink_sandbox Qt6::Network LABELS sandbox TIMEOUT 180)
ledgerlink_add_test(syncfaults SOURCES ${LEDGERLINK_SYNC_FIXTURE}
    LIBS ledgerlink_sandbox Qt6::Network LABELS sandbox TIMEOUT 180)
ledgerlink_add_test(synccli SOURCES ${LEDGERLINK_SYNC_FIXTURE}
    LIBS ledgerlink_sandbox Qt6::Network LABELS sandbox TIMEOUT 180)
ledgerlink_add_test(synccrash SOURCES ${LEDGERLINK_SYNC_FIXTURE}
    LIBS ledgerlink_sandbox Qt6::Network LABELS sandbox TIMEOUT 180)
# A real SIGKILL test: the helper process runs the sync and is killed at random moments.
add_executable(tst_synckill_helper ${CMAKE_CURRENT_SOURCE_DIR}/tst_synckill_helper.cpp)
target_link_libraries(tst_synckill_helper PRIVATE ledgerlink_options ledgerlink_core)
ledgerlink_add_test(synckill SOURCES ${LEDGERLINK_SYNC_FIXTURE}
    LIBS ledgerlink_sandbox Qt6::Network LABELS sandbox TIMEOUT 300)
add_dependencies(tst_synckill tst_synckill_helper)
ledgerlink_add_test(synckeychain SOURCES ${LEDGERLINK_SYNC_FIXTURE}
    LIBS ledgerlink_sandbox Qt6::Network LABELS sandbox keychain
    LAUNCHER ${CMAKE_CURRENT_SOURCE_DIR}/fixtures/with-keyring.sh TIMEOUT 120)
# Move links to another organisation, end to end across the sandbox's two Xero organisations.
ledgerlink_add_test(linkmover SOURCES ${LEDGERLINK_SYNC_FIXTURE}
    LIBS ledgerlink_sandbox Qt6::Network LABELS sandbox TIMEOUT 180)
# The demo business's first sync: one record refused on purpose, with Xero's message in History.
ledgerlink_add_test(demosync SOURCES ${LEDGERLINK_SYNC_FIXTURE}
    LIBS ledgerlink_sandbox Qt6::Network LABELS sandbox TIMEOUT 180)
