#!/bin/sh
# What the .deb holds and declares, without installing it:
#   check-deb.sh <dir-with-the-deb>
set -eu
dir=${1:?usage: check-deb.sh <dir-with-the-deb>}
deb=$(ls "$dir"/ledgerlink_*.deb)
id=org.ledgerlink.Ledgerlink
fail() { echo "FAIL: $*"; exit 1; }

field() { dpkg-deb -f "$deb" "$1"; }
[ "$(field Package)" = ledgerlink ] || fail "Package is $(field Package)"
[ -n "$(field Version)" ] || fail "no Version"
depends=$(field Depends)
echo "Depends: $depends"
# From shlibdeps (the binaries' own libraries) and the run-time-loaded list in packaging/CMakeLists.txt.
for package in libc6 libstdc++6 libqt6core6 libqt6gui6 libqt6widgets6 libqt6network6 libqt6sql6 \
    libqt6keychain1 libqt6networkauth6 libqt6sql6-sqlite libqt6svg6 libsecret-1-0; do
    printf '%s\n' "$depends" | tr ',' '\n' | sed 's/^ *//' | grep -q "^$package\( \|$\)" \
        || fail "Depends lacks $package"
done
echo "Recommends: $(field Recommends)"

contents=$(dpkg-deb -c "$deb" | awk '{print $6}' | sed 's#^\./#/#')
for path in /usr/bin/ledgerlink /usr/bin/ledgerlink-sandbox \
    /usr/share/applications/$id.desktop /usr/share/metainfo/$id.metainfo.xml \
    /usr/share/icons/hicolor/scalable/apps/$id.svg \
    /usr/share/man/man1/ledgerlink.1.gz /usr/share/man/man1/ledgerlink-sandbox.1.gz \
    /usr/share/doc/ledgerlink/copyright /usr/share/doc/ledgerlink/changelog.gz; do
    printf '%s\n' "$contents" | grep -qx "$path" || fail "the package lacks $path"
done
for size in 16 22 24 32 48 64 128 256; do
    printf '%s\n' "$contents" | grep -qx "/usr/share/icons/hicolor/${size}x${size}/apps/$id.png" \
        || fail "the package lacks the ${size}x${size} icon"
done
# Nothing else: no test binaries, headers, static libraries or /usr/local; translations are built
# into the binary (:/i18n), so no .qm files either.
stray=$(printf '%s\n' "$contents" | grep -E '(/tst_|/include/|\.a$|\.qm$|^/usr/local)' || true)
[ -z "$stray" ] || fail "unexpected files: $stray"

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
dpkg-deb -x "$deb" "$tmp"
# PNG sizes: the IHDR width/height are big-endian at bytes 16 and 20.
for size in 16 22 24 32 48 64 128 256; do
    png=$tmp/usr/share/icons/hicolor/${size}x${size}/apps/$id.png
    w=$(od -An -tu1 -j16 -N4 "$png" | awk '{print $1*16777216+$2*65536+$3*256+$4}')
    h=$(od -An -tu1 -j20 -N4 "$png" | awk '{print $1*16777216+$2*65536+$3*256+$4}')
    [ "$w" = "$size" ] && [ "$h" = "$size" ] || fail "the ${size}x${size} icon is ${w}x${h}"
done
# Stripped (CPACK_STRIP_FILES): no debug sections in what users download.
for exe in ledgerlink ledgerlink-sandbox; do
    if objdump -h "$tmp/usr/bin/$exe" 2>/dev/null | grep -q '\.debug_info'; then
        fail "/usr/bin/$exe is not stripped"
    fi
done
# The translations are compiled in (qt_add_translations → :/i18n): rcc keeps resource names as
# UTF-16, so with the NUL bytes dropped the catalogue names read as plain text.
for language in de fr; do
    tr -d '\000' <"$tmp/usr/bin/ledgerlink" | grep -qaF "ledgerlink_$language.qm" \
        || fail "the ledgerlink binary does not carry the $language translation"
done
zcat "$tmp/usr/share/man/man1/ledgerlink.1.gz" | grep -q '^\.TH LEDGERLINK 1' || fail "ledgerlink.1 has no .TH line"
if command -v groff >/dev/null; then
    for page in ledgerlink ledgerlink-sandbox; do
        warnings=$(zcat "$tmp/usr/share/man/man1/$page.1.gz" | LC_ALL=C.UTF-8 groff -man -Tutf8 -ww -z 2>&1)
        [ -z "$warnings" ] || fail "groff warns about $page.1: $warnings"
    done
fi
out=$(desktop-file-validate "$tmp/usr/share/applications/$id.desktop" 2>&1) || fail "$out"
[ -z "$out" ] || fail "desktop-file-validate: $out"
appstreamcli validate --no-net --no-color "$tmp/usr/share/metainfo/$id.metainfo.xml"
# Debian's own package checker: no errors or warnings (its info-level hints are not checked).
if command -v lintian >/dev/null; then
    lintian --fail-on error,warning "$deb" 2>/dev/null || fail "lintian found the problems above"
    echo "lintian: ok"
fi
echo "package contents ok: $(basename "$deb")"
