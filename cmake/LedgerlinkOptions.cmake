# Build settings every Ledgerlink target shares (qBittorrent's qbt_common_cfg idea).
add_library(ledgerlink_options INTERFACE)
target_compile_definitions(ledgerlink_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING
    QT_USE_QSTRINGBUILDER
    QT_MESSAGELOGCONTEXT
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    LEDGERLINK_VERSION="${PROJECT_VERSION}"
    LEDGERLINK_APP_ID="${LEDGERLINK_APP_ID}")
target_compile_options(ledgerlink_options INTERFACE
    -Wall -Wextra -Wpedantic -Wold-style-cast -Wnon-virtual-dtor -Woverloaded-virtual -Werror=switch)
if(LEDGERLINK_WERROR)
    target_compile_options(ledgerlink_options INTERFACE -Werror)
endif()
