# macOS: `cpack -G DragNDrop` makes Ledgerlink-<version>-Darwin.dmg with Ledgerlink.app.
# Included by packaging/CMakeLists.txt when APPLE. Not built in CI (it runs on Debian); see
# packaging/README.md for the steps, signing and notarisation.
get_target_property(ledgerlink_is_bundle ledgerlink MACOSX_BUNDLE)
if(NOT ledgerlink_is_bundle)
    message(WARNING "packaging/macos: the ledgerlink target is not a MACOSX_BUNDLE; set it in "
                    "app/CMakeLists.txt (see packaging/README.md) to build Ledgerlink.app and a .dmg")
    return()
endif()

set_target_properties(ledgerlink PROPERTIES
    OUTPUT_NAME Ledgerlink
    MACOSX_BUNDLE_BUNDLE_NAME Ledgerlink
    MACOSX_BUNDLE_GUI_IDENTIFIER ${LEDGERLINK_APP_ID}
    MACOSX_BUNDLE_BUNDLE_VERSION ${PROJECT_VERSION}
    MACOSX_BUNDLE_SHORT_VERSION_STRING ${PROJECT_VERSION}
    MACOSX_BUNDLE_COPYRIGHT "2026 The Ledgerlink developers"
    MACOSX_BUNDLE_ICON_FILE Ledgerlink.icns)

# The app icon: packaging/macos/make-icns.sh renders the SVG into Ledgerlink.icns (rsvg-convert +
# iconutil, both on a Mac with Homebrew's librsvg). Without it the bundle uses the generic icon.
find_program(RSVG_CONVERT_EXECUTABLE rsvg-convert)
find_program(ICONUTIL_EXECUTABLE iconutil)
if(RSVG_CONVERT_EXECUTABLE AND ICONUTIL_EXECUTABLE)
    set(icns ${CMAKE_CURRENT_BINARY_DIR}/Ledgerlink.icns)
    add_custom_command(OUTPUT ${icns}
        COMMAND sh ${CMAKE_CURRENT_SOURCE_DIR}/macos/make-icns.sh
                ${CMAKE_SOURCE_DIR}/resources/icons/${LEDGERLINK_APP_ID}.svg ${icns}
        DEPENDS ${CMAKE_SOURCE_DIR}/resources/icons/${LEDGERLINK_APP_ID}.svg
        COMMENT "Rendering Ledgerlink.icns" VERBATIM)
    # A target here builds it; the ledgerlink target (another directory) only copies it in.
    add_custom_target(ledgerlink_icns DEPENDS ${icns})
    add_dependencies(ledgerlink ledgerlink_icns)
    target_sources(ledgerlink PRIVATE ${icns})
    set_source_files_properties(${icns} TARGET_DIRECTORY ledgerlink PROPERTIES
        GENERATED ON MACOSX_PACKAGE_LOCATION Resources)
endif()

# macdeployqt, run at install time by Qt's deploy script: copies the Qt frameworks and plugins
# into Ledgerlink.app/Contents and fixes the install names. QtKeychain's dylib is copied too,
# because macdeployqt follows every non-system library the executable links.
qt_generate_deploy_app_script(TARGET ledgerlink FILENAME_VARIABLE deploy_script NO_UNSUPPORTED_PLATFORM_ERROR)
install(SCRIPT ${deploy_script} COMPONENT application)

set(CPACK_PACKAGE_NAME Ledgerlink)
set(CPACK_PACKAGE_VENDOR "The Ledgerlink developers")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
# Installers show the licence page from a .txt file.
configure_file(${CMAKE_CURRENT_SOURCE_DIR}/copyright ${CMAKE_CURRENT_BINARY_DIR}/LICENSE.txt COPYONLY)
set(CPACK_RESOURCE_FILE_LICENSE ${CMAKE_CURRENT_BINARY_DIR}/LICENSE.txt)
set(CPACK_GENERATOR DragNDrop)
set(CPACK_DMG_VOLUME_NAME Ledgerlink)
include(CPack)
