#!/bin/sh
# The desktop entry and the AppStream metainfo in packaging/ pass the freedesktop validators.
#   validate-metadata.sh <source-dir>
set -eu
src=${1:?usage: validate-metadata.sh <source-dir>}
id=org.ledgerlink.Ledgerlink
for tool in desktop-file-validate appstreamcli; do
    command -v "$tool" >/dev/null || { echo "FAIL: $tool is not installed (packaging/build-depends.txt)"; exit 1; }
done

# desktop-file-validate exits 0 on warnings too; any output at all is a finding.
out=$(desktop-file-validate "$src/packaging/$id.desktop" 2>&1) || { echo "$out"; exit 1; }
[ -z "$out" ] || { echo "desktop-file-validate: $out"; exit 1; }
echo "desktop-file-validate: ok"

appstreamcli validate --no-net --no-color "$src/packaging/$id.metainfo.xml"

# Every screenshot the metainfo names is one tools/screenshots.sh makes, at the stated size.
images=$(grep -c '<image' "$src/packaging/$id.metainfo.xml" || true)
[ "$images" -ge 1 ] || { echo "FAIL: the metainfo has no screenshot"; exit 1; }
sed -n 's#.*<image[^>]* width="\([0-9]*\)" height="\([0-9]*\)">\([^<]*\)</image>.*#\1 \2 \3#p' \
    "$src/packaging/$id.metainfo.xml" | while read -r width height url; do
    name=${url##*/}
    png=$src/docs/screenshots/$name
    [ -f "$png" ] || { echo "FAIL: metainfo names $name, which is not in docs/screenshots/"; exit 1; }
    # PNG: the IHDR width and height are big-endian at bytes 16 and 20.
    actual_w=$(od -An -tu1 -j16 -N4 "$png" | awk '{print $1*16777216+$2*65536+$3*256+$4}')
    actual_h=$(od -An -tu1 -j20 -N4 "$png" | awk '{print $1*16777216+$2*65536+$3*256+$4}')
    [ "$actual_w" = "$width" ] && [ "$actual_h" = "$height" ] || {
        echo "FAIL: $name is ${actual_w}x${actual_h}, metainfo says ${width}x${height}"; exit 1; }
    echo "screenshot $name: ${width}x${height} ok"
done
echo "$images screenshots checked"
