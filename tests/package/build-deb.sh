#!/bin/sh
# Builds the Debian package from an already built tree, the way a release does:
#   build-deb.sh <build-dir> <output-dir>       → <output-dir>/ledgerlink_<version>_<arch>.deb
set -eu
build=${1:?usage: build-deb.sh <build-dir> <output-dir>}
out=${2:?usage: build-deb.sh <build-dir> <output-dir>}
rm -rf "$out"
mkdir -p "$out"
# Like every test, this expects a built tree (`cmake --build`): the binaries, PNG icons and
# compressed man pages are all part of the default target.
cpack -G DEB --config "$build/CPackConfig.cmake" -B "$out"
ls "$out"/ledgerlink_*.deb
