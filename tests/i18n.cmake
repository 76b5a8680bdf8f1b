# Translation catalogues (translations/ledgerlink_<lang>.ts): every message finished, placeholders,
# plural forms, mnemonics and HTML tags as in the source. Reads the .ts files from the source tree
# (LEDGERLINK_SOURCE_DIR), so it needs no ui build; run update_translations first when strings changed.
ledgerlink_add_test(translations LABELS unit i18n TIMEOUT 60)
