#!/usr/bin/env bash
# Put the macOS app (build_bundle.py --onedir on macOS makes dist/onedir/ec-whatif.app) into a
# compressed disk image with a link to /Applications, so users drag it across to install.
#
#     packaging/macos/make_dmg.sh [APP] [OUT.dmg]
#
# APP defaults to dist/onedir/ec-whatif.app, OUT to dist/ec-whatif-VERSION.dmg (the version from
# the app's Info.plist). Needs macOS (hdiutil). The image is not signed: sign and notarize the
# app before this step for distribution (docs/packaging.md).
set -euo pipefail
cd "$(dirname "$0")/../.."

app="${1:-dist/onedir/ec-whatif.app}"
if [ ! -x "$app/Contents/MacOS/ec-whatif" ]; then
    echo "make_dmg.sh: no app in $app; build it with: python3 build_scripts/build_bundle.py --onedir" >&2
    exit 1
fi
version="$(/usr/libexec/PlistBuddy -c 'Print :CFBundleShortVersionString' "$app/Contents/Info.plist")"
dmg="${2:-dist/ec-whatif-$version.dmg}"

staging="$(mktemp -d)"
trap 'rm -rf "$staging"' EXIT
# ditto keeps the bundle's symlinks, permissions and extended attributes (code signatures).
ditto "$app" "$staging/ec-whatif.app"
ln -s /Applications "$staging/Applications"

rm -f "$dmg"
hdiutil create -volname "Electoral College What-If" -srcfolder "$staging" -fs HFS+ -format UDZO -ov "$dmg"
hdiutil verify "$dmg"
echo "make_dmg.sh: $dmg ($(($(stat -f %z "$dmg") / 1048576)) MiB)"
