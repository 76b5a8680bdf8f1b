#!/bin/sh
# Installs the .deb into a clean Debian 12 root, the way an office PC gets it, and starts it:
#   install-in-debian.sh <dir-with-the-deb> <cache-dir>
#
# 1. A minimal Debian 12 (debootstrap --variant=minbase, plus Xvfb to have a display) is made
#    once and kept as a tarball in <cache-dir>; downloaded .debs are kept in <cache-dir>/archives.
#    Delete <cache-dir> to start from scratch.
# 2. Every run unpacks a fresh copy, and in a private mount namespace (nothing is left mounted)
#    chroots into it: `apt-get install --no-install-recommends ./ledgerlink_*.deb` (so Depends
#    alone must be enough), then as an ordinary user `ledgerlink --version`, `ledgerlink demo-data`
#    and `ledgerlink --demo` under Xvfb until the main window is shown, in English and in German.
# Needs root (debootstrap, chroot, mount) and the Debian mirror: exits 77 (skipped) without root
# or without debootstrap. LEDGERLINK_DEBIAN_MIRROR / LEDGERLINK_DEBIAN_SECURITY_MIRROR override
# the mirrors (default: deb.debian.org, as this machine's sources use).
set -eu
dir=${1:?usage: install-in-debian.sh <dir-with-the-deb> <cache-dir>}
cache=${2:?usage: install-in-debian.sh <dir-with-the-deb> <cache-dir>}
mirror=${LEDGERLINK_DEBIAN_MIRROR:-http://deb.debian.org/debian}
security=${LEDGERLINK_DEBIAN_SECURITY_MIRROR:-http://deb.debian.org/debian-security}
suite=bookworm

if [ "$(id -u)" != 0 ]; then
    echo "SKIPPED: the install test needs root (debootstrap, chroot); CI runs it as root"
    exit 77
fi
for tool in debootstrap unshare chroot; do
    command -v $tool >/dev/null || { echo "SKIPPED: $tool is not installed (packaging/build-depends.txt)"; exit 77; }
done
# An unprivileged container has root but may not mount or make namespaces: say so plainly.
if ! unshare --mount --pid --fork true 2>/dev/null; then
    echo "SKIPPED: this machine does not allow mount/PID namespaces (an unprivileged container?)"
    exit 77
fi
deb=$(ls "$dir"/ledgerlink_*.deb)
cache=$(mkdir -p "$cache" && cd "$cache" && pwd)
base=$cache/$suite-minbase.tar
started=$(date +%s)
step() { echo "[$(($(date +%s) - started)) s] $*"; }

if [ ! -s "$base" ]; then
    step "debootstrap $suite from $mirror (once; cached in $base)"
    staging=$(mktemp -d "$cache/bootstrap.XXXXXX")
    # shellcheck disable=SC2064
    trap "rm -rf --one-file-system '$staging'" EXIT
    debootstrap --variant=minbase --include=xvfb,xauth "$suite" "$staging/root" "$mirror" >"$staging/log" 2>&1 || {
        tail -n 30 "$staging/log"; echo "FAIL: debootstrap failed"; exit 1; }
    rm -f "$staging/root/var/cache/apt/archives/"*.deb
    cat >"$staging/root/etc/apt/sources.list" <<SOURCES
deb $mirror $suite main
deb $mirror $suite-updates main
deb $security $suite-security main
SOURCES
    tar -C "$staging/root" -cf "$base.part" .
    mv "$base.part" "$base"
    rm -rf --one-file-system "$staging"
    trap - EXIT
fi

root=$(mktemp -d "${TMPDIR:-/tmp}/ledgerlink-debian.XXXXXX")
# shellcheck disable=SC2064
trap "rm -rf --one-file-system '$root'" EXIT
step "unpacking a fresh Debian 12 root into $root"
tar -C "$root" -xf "$base"
cp /etc/resolv.conf "$root/etc/resolv.conf"
cp "$deb" "$root/tmp/"
mkdir -p "$cache/archives/partial"

cat >"$root/tmp/as-root.sh" <<'SCRIPT'
set -eu
export DEBIAN_FRONTEND=noninteractive LC_ALL=C.UTF-8 PATH=/usr/sbin:/usr/bin:/sbin:/bin
apt-get update -q -o Acquire::Retries=3 >/tmp/apt-update.log 2>&1 || { cat /tmp/apt-update.log; exit 1; }
apt-get install -y -q -o Acquire::Retries=3 --no-install-recommends /tmp/ledgerlink_*.deb >/tmp/apt-install.log 2>&1 \
    || { tail -n 40 /tmp/apt-install.log; exit 1; }
grep -E '^(Setting up ledgerlink|Need to get)' /tmp/apt-install.log
dpkg -s ledgerlink | grep -E '^(Status|Version)'
useradd --create-home --uid 4242 --shell /bin/sh office
SCRIPT
cat >"$root/tmp/as-user.sh" <<'SCRIPT'
set -eu
export LC_ALL=C.UTF-8 LANG=C.UTF-8 HOME=/home/office PATH=/usr/bin:/bin
cd "$HOME"
version=$(ledgerlink --version)
echo "ledgerlink --version: $version"
[ "$version" = "ledgerlink $(dpkg-query -W -f='${Version}' ledgerlink)" ]
ledgerlink-sandbox --version
ledgerlink demo-data --database "$HOME/probe.sqlite" --customers 3 --items 2 --invoices 5
# The desktop app on a real X server: LEDGERLINK_EXIT_AFTER_SHOW prints once the window is up.
out=$(LEDGERLINK_EXIT_AFTER_SHOW=1 QT_QPA_PLATFORM=xcb timeout 120 \
    xvfb-run -a -s "-screen 0 1280x1024x24" ledgerlink --demo 2>"$HOME/demo.err") || {
    echo "$out"; cat "$HOME/demo.err"; exit 1; }
echo "$out"
echo "$out" | grep -q '^main window shown: '
# The translations travel inside the binary: German settings give a German window.
mkdir -p "$HOME/de/config"
printf '[ui]\nlanguage=de\n' >"$HOME/de/config/ledgerlink.ini"
out=$(LEDGERLINK_EXIT_AFTER_SHOW=1 QT_QPA_PLATFORM=xcb timeout 120 \
    xvfb-run -a -s "-screen 0 1280x1024x24" ledgerlink --demo --profile "$HOME/de" 2>"$HOME/demo-de.err") || {
    echo "$out"; cat "$HOME/demo-de.err"; exit 1; }
echo "$out"
echo "$out" | grep -q '^main window shown: .*Demo-Unternehmen'
SCRIPT

step "apt-get install ./$(basename "$deb") in the clean root"
# A private mount namespace: /proc, /dev/shm and the download cache are unmounted with it.
unshare --mount --propagation private --pid --fork --kill-child sh -eu -c '
    root=$1; cache=$2
    mount -t proc proc "$root/proc"
    mount -t tmpfs -o mode=1777 tmpfs "$root/dev/shm"
    mount --bind "$cache/archives" "$root/var/cache/apt/archives"
    chroot "$root" /bin/sh /tmp/as-root.sh
    umount "$root/var/cache/apt/archives"
    echo "[as the user office]"
    chroot --userspec=4242:4242 "$root" /bin/sh /tmp/as-user.sh
' sh "$root" "$cache"
step "installed and started in a clean Debian 12: ok"
