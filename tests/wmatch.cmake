# wmatch area: the wizard's customer matching table filled from the provider's contacts (issue #7).
ledgerlink_add_test(customermatchpreview LIBS ledgerlink_core LABELS unit)
ledgerlink_add_test(wizardcustomermatch LIBS ledgerlink_ui LABELS ui sandbox keychain
    LAUNCHER ${CMAKE_CURRENT_SOURCE_DIR}/fixtures/with-keyring.sh TIMEOUT 120)
