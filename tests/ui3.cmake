# ui3 area: the Integration page (opened from a card) and the Configure step's account mapping and
# customer matching. Offscreen widget tests (ledgerlink_add_test sets QT_QPA_PLATFORM=offscreen).
ledgerlink_add_test(integrationpage LIBS ledgerlink_ui LABELS ui)
ledgerlink_add_test(configurepage LIBS ledgerlink_ui LABELS ui)
