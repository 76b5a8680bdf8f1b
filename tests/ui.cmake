# UI tests: offscreen widget tests (ledgerlink_add_test sets QT_QPA_PLATFORM=offscreen).
# tst_mainwindow is registered in foundation.cmake.
ledgerlink_add_test(catalogdialog LIBS ledgerlink_ui LABELS ui)
ledgerlink_add_test(addappwizard LIBS ledgerlink_ui LABELS ui)
ledgerlink_add_test(settingspage LIBS ledgerlink_ui LABELS ui)
ledgerlink_add_test(translator LIBS ledgerlink_ui LABELS ui)
