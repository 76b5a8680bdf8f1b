# ui2 area: History, notifications, integration cards, Records, IntegrationBuilder, WizardController.
ledgerlink_add_test(historymodel LIBS ledgerlink_ui LABELS ui)
ledgerlink_add_test(historypage LIBS ledgerlink_ui LABELS ui)
ledgerlink_add_test(notifications LIBS ledgerlink_ui LABELS ui)
ledgerlink_add_test(integrationspage LIBS ledgerlink_ui LABELS ui)
ledgerlink_add_test(recordspage LIBS ledgerlink_ui LABELS ui)
ledgerlink_add_test(integrationbuilder LIBS ledgerlink_core LABELS keychain
    LAUNCHER ${CMAKE_CURRENT_SOURCE_DIR}/fixtures/with-keyring.sh TIMEOUT 120)
ledgerlink_add_test(wizardcontroller LIBS ledgerlink_ui LABELS ui sandbox keychain
    LAUNCHER ${CMAKE_CURRENT_SOURCE_DIR}/fixtures/with-keyring.sh TIMEOUT 120)
