# uix area: reconnect in place (GrantRenewal + its dialog), Edit settings, History's change log and
# Retry failed. Widget tests run offscreen (ledgerlink_add_test sets QT_QPA_PLATFORM=offscreen).
ledgerlink_add_test(grantrenewal LIBS ledgerlink_core ledgerlink_sandbox LABELS sandbox keychain
    LAUNCHER ${CMAKE_CURRENT_SOURCE_DIR}/fixtures/with-keyring.sh TIMEOUT 120)
ledgerlink_add_test(reconnectdialog LIBS ledgerlink_ui LABELS ui sandbox keychain
    LAUNCHER ${CMAKE_CURRENT_SOURCE_DIR}/fixtures/with-keyring.sh TIMEOUT 120)
ledgerlink_add_test(editsettingsdialog LIBS ledgerlink_ui LABELS ui)
ledgerlink_add_test(historychangelog LIBS ledgerlink_ui LABELS ui)
ledgerlink_add_test(integrationmaintenance LIBS ledgerlink_ui LABELS ui sandbox keychain
    LAUNCHER ${CMAKE_CURRENT_SOURCE_DIR}/fixtures/with-keyring.sh TIMEOUT 120)
