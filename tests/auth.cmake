# Auth area: keychain, PKCE, loopback listener, provider endpoints, authorisation flow, tokens.
set(LEDGERLINK_WITH_KEYRING ${CMAKE_CURRENT_SOURCE_DIR}/fixtures/with-keyring.sh)
set(LEDGERLINK_NO_BUS env -u DBUS_SESSION_BUS_ADDRESS -u DISPLAY -u WAYLAND_DISPLAY)

ledgerlink_add_test(secretstore LIBS ledgerlink_core LABELS keychain LAUNCHER ${LEDGERLINK_WITH_KEYRING} TIMEOUT 120)
ledgerlink_add_test(secretstore NAME secretstore_nokeychain LABELS keychain LAUNCHER ${LEDGERLINK_NO_BUS}
    ARGS noKeychainIsReported TIMEOUT 60)
ledgerlink_add_test(secretstore NAME secretstore_hang LABELS keychain LAUNCHER ${LEDGERLINK_NO_BUS}
    ARGS hangingKeychainTimesOut TIMEOUT 60)
ledgerlink_add_test(pkcechallenge LIBS ledgerlink_core)
ledgerlink_add_test(providerendpoints LIBS ledgerlink_core)
ledgerlink_add_test(loopbackreplyhandler LIBS ledgerlink_core)
ledgerlink_add_test(authorizationflow LIBS ledgerlink_core ledgerlink_sandbox LABELS sandbox)
ledgerlink_add_test(tokenmanager LIBS ledgerlink_core ledgerlink_sandbox LABELS sandbox keychain
    LAUNCHER ${LEDGERLINK_WITH_KEYRING} TIMEOUT 120)
ledgerlink_add_test(tokenresponse LIBS ledgerlink_core)
ledgerlink_add_test(organisationdiscovery LIBS ledgerlink_core)
ledgerlink_add_test(grantrevocation LIBS ledgerlink_core ledgerlink_sandbox LABELS sandbox keychain
    LAUNCHER ${LEDGERLINK_WITH_KEYRING} TIMEOUT 120)
