# pkg: packaging and desktop integration.
#   label pkg      quick: the autostart entry, the .desktop/metainfo validators
#   label package  the Debian package: build it with CPack, check its contents, install it into a
#                  clean Debian 12 root and start it there (root only; skipped otherwise).
#                  `ctest -L package` runs just these; `ctest -LE package` leaves them out.
ledgerlink_add_test(autostartentry LIBS ledgerlink_ui LABELS pkg unit TIMEOUT 60)

set(pkg_scripts ${CMAKE_CURRENT_SOURCE_DIR}/package)
set(pkg_out ${CMAKE_BINARY_DIR}/package-test)

add_test(NAME packaging_metadata COMMAND sh ${pkg_scripts}/validate-metadata.sh ${CMAKE_SOURCE_DIR})
set_tests_properties(packaging_metadata PROPERTIES LABELS "pkg" TIMEOUT 60)

add_test(NAME package_build COMMAND sh ${pkg_scripts}/build-deb.sh ${CMAKE_BINARY_DIR} ${pkg_out})
set_tests_properties(package_build PROPERTIES LABELS "package" TIMEOUT 300 FIXTURES_SETUP ledgerlink_deb
    RESOURCE_LOCK ledgerlink_deb_dir)

add_test(NAME package_contents COMMAND sh ${pkg_scripts}/check-deb.sh ${pkg_out})
set_tests_properties(package_contents PROPERTIES LABELS "package" TIMEOUT 120 FIXTURES_REQUIRED ledgerlink_deb
    ENVIRONMENT "LC_ALL=C.UTF-8")

# The Debian 12 root is cached in the build tree (delete pkg-cache/ to refresh it) unless
# LEDGERLINK_PACKAGE_CACHE says otherwise. First run about 6 min on a busy 2-core machine (debootstrap
# about 4 of them), later runs about 1.5 min: they reuse the root and the downloaded
# Qt run-time packages.
if(DEFINED ENV{LEDGERLINK_PACKAGE_CACHE})
    set(pkg_cache $ENV{LEDGERLINK_PACKAGE_CACHE})
else()
    set(pkg_cache ${CMAKE_BINARY_DIR}/pkg-cache)
endif()
add_test(NAME package_install COMMAND sh ${pkg_scripts}/install-in-debian.sh ${pkg_out} ${pkg_cache})
set_tests_properties(package_install PROPERTIES LABELS "package" TIMEOUT 1200 FIXTURES_REQUIRED ledgerlink_deb
    SKIP_RETURN_CODE 77 RESOURCE_LOCK ledgerlink_deb_dir)
