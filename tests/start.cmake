# Start-up performance (issue 9, goal 6): the batched link lookup of the records pages, on SQLite
# and on the throwaway PostgreSQL cluster of store.cmake.
ledgerlink_add_test(linkbatch LIBS ledgerlink_core TIMEOUT 120)
ledgerlink_add_test(linkbatch NAME linkbatch_postgres LABELS postgres FIXTURES postgres TIMEOUT 120)
set_property(TEST linkbatch_postgres APPEND PROPERTY ENVIRONMENT
    "LEDGERLINK_TEST_BACKEND=postgres;LEDGERLINK_TEST_PG_URL_FILE=${CMAKE_BINARY_DIR}/postgres-fixture/url")
ledgerlink_add_test(recordslinks LIBS ledgerlink_ui LABELS ui)
