# polish area: every screen's mnemonics are unique within what the user sees at once (issue #7).
# Offscreen widget test (ledgerlink_add_test sets QT_QPA_PLATFORM=offscreen).
ledgerlink_add_test(mnemonics LIBS ledgerlink_ui LABELS ui)
