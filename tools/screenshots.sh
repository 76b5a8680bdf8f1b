#!/bin/sh
# Writes PNGs of the main window, the "Add a new app" catalogue, each wizard page, the settings,
# and (on sample integrations, history and notifications) the Integrations area, Records, History
# and the bell's list to docs/screenshots/, in English and German. Builds nothing: give it a build dir.
#
#   tools/screenshots.sh build            # uses build/bin/ledgerlink
#
# The real app runs under Xvfb on the demo business with a throwaway profile; the window walks
# itself through the screens (LEDGERLINK_SCREENSHOT_DIR, see ui/screenshottour.h) and quits.
set -eu

build_dir=${1:?usage: tools/screenshots.sh <build-dir> [output-dir]}
here=$(cd "$(dirname "$0")/.." && pwd)
out=${2:-$here/docs/screenshots}
app=$build_dir/bin/ledgerlink
[ -x "$app" ] || { echo "screenshots.sh: $app not found; build the ledgerlink target first" >&2; exit 1; }
command -v xvfb-run >/dev/null || { echo "screenshots.sh: xvfb-run is not installed" >&2; exit 1; }

mkdir -p "$out"
for language in en de; do
    profile=$(mktemp -d)
    trap 'rm -rf "$profile"' EXIT
    mkdir -p "$profile/config"
    # The language setting, as the Settings page would write it.
    printf '[ui]\nlanguage=%s\n' "$language" >"$profile/config/ledgerlink.ini"
    echo "screenshots.sh: $language"
    LEDGERLINK_SCREENSHOT_DIR=$out QT_QPA_PLATFORM=xcb LANG=C.UTF-8 \
        xvfb-run -a -s "-screen 0 1280x1024x24" "$app" --demo --profile "$profile"
    rm -rf "$profile"
    trap - EXIT
done
ls -1 "$out"/*.png
