# polish area: every screen's mnemonics are unique within what the user sees at once (issue #7).
# Offscreen widget test (ledgerlink_add_test sets QT_QPA_PLATFORM=offscreen). The translator installs
# once per process, so each catalogue gets its own entry, named by LEDGERLINK_MNEMONICS_LANGUAGE.
ledgerlink_add_test(mnemonics LIBS ledgerlink_ui LABELS ui)
set_property(TEST mnemonics APPEND PROPERTY ENVIRONMENT "LEDGERLINK_MNEMONICS_LANGUAGE=en")
foreach(language de fr)
    ledgerlink_add_test(mnemonics NAME mnemonics_${language} LABELS ui i18n)
    set_property(TEST mnemonics_${language} APPEND PROPERTY ENVIRONMENT "LEDGERLINK_MNEMONICS_LANGUAGE=${language}")
endforeach()
