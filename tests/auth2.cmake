# Auth area, part 2: the headless connect/disconnect/integrations commands run as the real binary,
# the PostgreSQL password from the keychain, a real browser (Chromium) and the leak test.
find_package(Qt6 REQUIRED COMPONENTS WebSockets) # browser test: Chromium DevTools protocol
set(LEDGERLINK_WITH_KEYRING ${CMAKE_CURRENT_SOURCE_DIR}/fixtures/with-keyring.sh)

ledgerlink_add_test(cliconnect LIBS ledgerlink_core ledgerlink_sandbox Qt6::Sql LABELS sandbox keychain
    LAUNCHER ${LEDGERLINK_WITH_KEYRING} TIMEOUT 180)
add_dependencies(tst_cliconnect ledgerlink)

ledgerlink_add_test(secretleak LIBS ledgerlink_core ledgerlink_sandbox Qt6::Sql LABELS security sandbox keychain
    LAUNCHER ${LEDGERLINK_WITH_KEYRING} TIMEOUT 180)
add_dependencies(tst_secretleak ledgerlink)

ledgerlink_add_test(databasepassword LIBS ledgerlink_core Qt6::Sql LABELS postgres keychain
    LAUNCHER ${LEDGERLINK_WITH_KEYRING} FIXTURES postgres TIMEOUT 120)
set_property(TEST databasepassword APPEND PROPERTY ENVIRONMENT
    "LEDGERLINK_TEST_PG_URL_FILE=${CMAKE_BINARY_DIR}/postgres-fixture/url")
add_dependencies(tst_databasepassword ledgerlink)

# Needs Debian's chromium (packaging/build-depends.txt); skips with a message without it.
ledgerlink_add_test(browserconnect LIBS ledgerlink_core ledgerlink_sandbox Qt6::WebSockets LABELS browser sandbox keychain
    LAUNCHER ${LEDGERLINK_WITH_KEYRING} TIMEOUT 180)
add_dependencies(tst_browserconnect ledgerlink)
