#!/usr/bin/env bash
# CI: package the folder bundle as a .deb, install it with dpkg -i, check the installed app (menu
# entry, icon, self-test, one CLI command), remove it and check nothing is left. Needs root,
# dpkg-deb and desktop-file-validate (desktop-file-utils). Reuses the bundle that
# ci_bundle_check.sh built (dist/onedir/ec-whatif): run that first.
#
#     bash build_scripts/ci_deb_check.sh        (PYTHON=python3.11 to choose the interpreter)
set -euo pipefail
cd "$(dirname "$0")/.."

started=$SECONDS
bundle=dist/onedir/ec-whatif
if [ ! -x "$bundle/ec-whatif" ]; then
    echo "deb check: no bundle in $bundle; run build_scripts/ci_bundle_check.sh first" >&2
    exit 1
fi
if [ "$(id -u)" != 0 ]; then
    echo "deb check: dpkg -i needs root" >&2
    exit 1
fi

echo "deb check: build"
deb="$("${PYTHON:-python3}" build_scripts/build_deb.py --bundle "$bundle" --out dist)"
dpkg-deb --info "$deb" >/dev/null
listed="$(mktemp)"
# If any step fails, take the package away again rather than leave it on the machine.
cleanup() {
    local status=$?
    rm -f "$listed"
    if dpkg -s ec-whatif >/dev/null 2>&1; then
        dpkg -r ec-whatif >/dev/null || true
    fi
    exit "$status"
}
trap cleanup EXIT

echo "deb check: install"
dpkg -i "$deb"
dpkg -L ec-whatif >"$listed"

echo "deb check: menu entry and icons"
desktop=/usr/share/applications/ec-whatif.desktop
desktop-file-validate "$desktop"
grep -qx 'Exec=ec-whatif' "$desktop"
grep -qx 'Icon=ec-whatif' "$desktop"
for icon in /usr/share/icons/hicolor/256x256/apps/ec-whatif.png /usr/share/icons/hicolor/scalable/apps/ec-whatif.svg; do
    [ -s "$icon" ] || { echo "deb check: missing icon $icon" >&2; exit 1; }
done
# The command the menu entry runs, found through PATH as the desktop would find it.
[ "$(PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin command -v ec-whatif)" = /usr/bin/ec-whatif ]

echo "deb check: self-test from the installed package"
QT_QPA_PLATFORM=offscreen /usr/bin/ec-whatif self-test
echo "deb check: CLI"
/usr/bin/ec-whatif tally --election 2016

echo "deb check: remove"
dpkg -r ec-whatif
if dpkg -s ec-whatif >/dev/null 2>&1; then
    echo "deb check: ec-whatif is still installed after dpkg -r" >&2
    exit 1
fi
left=0
while IFS= read -r path; do
    # Folders shared with other packages (/usr/bin, /usr/share/...) stay; everything else must go.
    if [ -e "$path" ] || [ -L "$path" ]; then
        if [ ! -d "$path" ] || [ "${path#/opt/ec-whatif}" != "$path" ]; then
            echo "deb check: left behind: $path" >&2
            left=1
        fi
    fi
done <"$listed"
[ "$left" = 0 ]

echo "deb check: passed; $deb is $(($(stat -c %s "$deb") / 1024)) KiB; took $((SECONDS - started)) s"
