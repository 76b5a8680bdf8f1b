# Store tests (core/store). Tests that matter for both backends are registered twice: once on
# SQLite (label unit) and once as <unit>_postgres against a throwaway PostgreSQL cluster that the
# fixture tests postgres_start/postgres_stop create under the build dir (label postgres).
set(LEDGERLINK_PG_FIXTURE_DIR ${CMAKE_BINARY_DIR}/postgres-fixture)

add_test(NAME postgres_start COMMAND ${CMAKE_CURRENT_SOURCE_DIR}/fixtures/postgres-start.sh ${LEDGERLINK_PG_FIXTURE_DIR})
set_tests_properties(postgres_start PROPERTIES FIXTURES_SETUP postgres LABELS postgres TIMEOUT 120)
add_test(NAME postgres_stop COMMAND ${CMAKE_CURRENT_SOURCE_DIR}/fixtures/postgres-stop.sh ${LEDGERLINK_PG_FIXTURE_DIR})
set_tests_properties(postgres_stop PROPERTIES FIXTURES_CLEANUP postgres LABELS postgres TIMEOUT 60)

# ledgerlink_add_store_test(<unit>): tst_<unit> on SQLite and, as <unit>_postgres, on PostgreSQL.
function(ledgerlink_add_store_test unit)
    ledgerlink_add_test(${unit} LIBS ledgerlink_core TIMEOUT 120)
    ledgerlink_add_test(${unit} NAME ${unit}_postgres LABELS postgres FIXTURES postgres TIMEOUT 120)
    set_property(TEST ${unit}_postgres APPEND PROPERTY ENVIRONMENT
        "LEDGERLINK_TEST_BACKEND=postgres;LEDGERLINK_TEST_PG_URL_FILE=${LEDGERLINK_PG_FIXTURE_DIR}/url")
endfunction()

ledgerlink_add_test(fixedpoint LIBS ledgerlink_core)
ledgerlink_add_store_test(storeschema)
ledgerlink_add_store_test(recordrepositories)
ledgerlink_add_store_test(invoicerepository)
ledgerlink_add_store_test(integrationrepository)
ledgerlink_add_store_test(historyrepository)
ledgerlink_add_store_test(synclock)
ledgerlink_add_store_test(paymentrepository)
ledgerlink_add_store_test(changelogrepository)
ledgerlink_add_store_test(notificationrepository)
