ledgerlink_add_test(databaselocation LIBS ledgerlink_core)
ledgerlink_add_test(database LIBS ledgerlink_core)
ledgerlink_add_test(database NAME database_unprivileged LABELS unit
    LAUNCHER ${CMAKE_CURRENT_SOURCE_DIR}/fixtures/as-unprivileged.sh ARGS refusesReadOnlyFile)
ledgerlink_add_test(demodatagenerator LIBS ledgerlink_core)
ledgerlink_add_test(mainwindow LIBS ledgerlink_ui LABELS ui)
ledgerlink_add_test(xerodate LIBS ledgerlink_core)
ledgerlink_add_test(applaunch LIBS Qt6::Sql LABELS unit)
add_dependencies(tst_applaunch ledgerlink)
