# The tax mapping editor (issues #6/#7, session 3): the provider's tax rates as last read (store,
# SQLite and PostgreSQL), and the dialog driven against the sandbox's Xero over real HTTP.
ledgerlink_add_store_test(providertaxrates)
ledgerlink_add_test(taxmappingdialog SOURCES
    ${CMAKE_CURRENT_SOURCE_DIR}/tst_syncfixture.cpp ${CMAKE_CURRENT_SOURCE_DIR}/tst_syncfixture.h
    ${CMAKE_CURRENT_SOURCE_DIR}/tst_sandboxclient.cpp ${CMAKE_CURRENT_SOURCE_DIR}/tst_sandboxclient.h
    LIBS ledgerlink_ui ledgerlink_sandbox Qt6::Network LABELS ui sandbox TIMEOUT 120)
