#!/bin/sh
# Renders the app icon SVG into a macOS .icns (run on macOS: needs rsvg-convert and iconutil).
#   make-icns.sh <icon.svg> <out.icns>
set -eu
svg=${1:?usage: make-icns.sh <icon.svg> <out.icns>}
out=${2:?usage: make-icns.sh <icon.svg> <out.icns>}
set_dir=$(mktemp -d)/Ledgerlink.iconset
mkdir -p "$set_dir"
for size in 16 32 128 256 512; do
    rsvg-convert -w $size -h $size -o "$set_dir/icon_${size}x${size}.png" "$svg"
    rsvg-convert -w $((size * 2)) -h $((size * 2)) -o "$set_dir/icon_${size}x${size}@2x.png" "$svg"
done
iconutil -c icns -o "$out" "$set_dir"
rm -rf "$(dirname "$set_dir")"
