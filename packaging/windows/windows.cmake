# Windows: `cpack -G NSIS` (an installer with Start-menu shortcut and uninstaller) or `-G ZIP`.
# Included by packaging/CMakeLists.txt when WIN32. Not built in CI (it runs on Debian); see
# packaging/README.md for the steps and what was checked.

# windeployqt, run at install time by Qt's deploy script: copies the Qt DLLs, the platform,
# style, image-format, icon-engine, TLS and SQL-driver plugins next to each executable and writes
# qt.conf. The sandbox needs QtHttpServer/QtWebSockets, which the app does not, so both are deployed.
foreach(exe ledgerlink ledgerlink-sandbox)
    qt_generate_deploy_app_script(TARGET ${exe} FILENAME_VARIABLE deploy_script NO_UNSUPPORTED_PLATFORM_ERROR)
    install(SCRIPT ${deploy_script} COMPONENT application)
endforeach()

# windeployqt copies only Qt's own DLLs. QtKeychain (the Credential Manager backend) is ours to ship
# when it is a DLL (vcpkg's default triplet builds it shared; a static build needs nothing here).
get_target_property(keychain_type Qt6Keychain::Qt6Keychain ALIASED_TARGET)
if(NOT keychain_type)
    set(keychain_type Qt6Keychain::Qt6Keychain)
endif()
get_target_property(keychain_kind ${keychain_type} TYPE)
if(keychain_kind STREQUAL "SHARED_LIBRARY")
    install(IMPORTED_RUNTIME_ARTIFACTS ${keychain_type} RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR}
        COMPONENT application)
endif()
# The compiler's run-time (MSVC redistributable DLLs) goes next to the executables, so the
# installer works on a PC that has never had Visual Studio.
set(CMAKE_INSTALL_SYSTEM_RUNTIME_COMPONENT application)
include(InstallRequiredSystemLibraries)

install(FILES ${CMAKE_CURRENT_SOURCE_DIR}/copyright DESTINATION . RENAME COPYRIGHT.txt COMPONENT application)

set(CPACK_PACKAGE_NAME Ledgerlink)
set(CPACK_PACKAGE_VENDOR "The Ledgerlink developers")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_INSTALL_DIRECTORY Ledgerlink)
# Installers show the licence page from a .txt file.
configure_file(${CMAKE_CURRENT_SOURCE_DIR}/copyright ${CMAKE_CURRENT_BINARY_DIR}/LICENSE.txt COPYONLY)
set(CPACK_RESOURCE_FILE_LICENSE ${CMAKE_CURRENT_BINARY_DIR}/LICENSE.txt)
# Start-menu entry: bin\ledgerlink.exe shown as "Ledgerlink".
set(CPACK_PACKAGE_EXECUTABLES ledgerlink Ledgerlink)
set(CPACK_GENERATOR NSIS ZIP)
set(CPACK_NSIS_DISPLAY_NAME Ledgerlink)
set(CPACK_NSIS_PACKAGE_NAME Ledgerlink)
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\\\ledgerlink.exe")
set(CPACK_NSIS_URL_INFO_ABOUT "${PROJECT_HOMEPAGE_URL}")
set(CPACK_NSIS_CONTACT "dev@ledgerlink.example.org")
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_MUI_FINISHPAGE_RUN ledgerlink.exe)
# Per-user settings, the SQLite database and the Credential Manager entries stay on uninstall:
# removing an integration in the app is what deletes its secrets.
include(CPack)
