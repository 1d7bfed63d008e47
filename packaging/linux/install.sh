#!/usr/bin/env bash
# Install the ec-whatif folder bundle for the current user (no root): the app in
# ~/.local/opt/ec-whatif, a command in ~/.local/bin, a menu entry and an icon under
# ${XDG_DATA_HOME:-~/.local/share}. Undo with uninstall.sh (also copied next to the app).
#
#     packaging/linux/install.sh [--no-check] [BUNDLE_DIR]
#
# BUNDLE_DIR defaults to dist/onedir/ec-whatif (python build_scripts/build_bundle.py --onedir).
# The bundle runs its self-test before anything is copied; --no-check skips that.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source-path=SCRIPTDIR source=paths.sh
. "$here/paths.sh"

fail() {
    echo "install.sh: $*" >&2
    exit 1
}

check=1
bundle=""
for arg in "$@"; do
    case "$arg" in
        --no-check) check=0 ;;
        -h | --help)
            sed -n '2,9p' "$0" | sed 's/^# \{0,1\}//'
            exit 0
            ;;
        -*)
            echo "install.sh: unknown option $arg (try --help)" >&2
            exit 2
            ;;
        *) bundle="$arg" ;;
    esac
done
bundle="${bundle:-$here/../../dist/onedir/ec-whatif}"
if [ ! -f "$bundle/ec-whatif" ] || [ ! -x "$bundle/ec-whatif" ]; then
    fail "no ec-whatif executable in $bundle; build it with: python build_scripts/build_bundle.py --onedir"
fi
bundle="$(cd "$bundle" && pwd)"
[ "$bundle" != "$opt_dir" ] || fail "$bundle is already the installed copy"
icons="$bundle/_internal/gui/resources/icons"
if [ ! -f "$icons/ec-whatif.svg" ] || [ ! -f "$icons/ec-whatif.png" ]; then
    fail "no icons in $icons: not an ec-whatif bundle?"
fi

if [ "$check" = 1 ]; then
    echo "checking the bundle (self-test) ..."
    QT_QPA_PLATFORM=offscreen "$bundle/ec-whatif" self-test >/dev/null 2>&1 ||
        fail "the bundle failed its self-test; see why with: QT_QPA_PLATFORM=offscreen $bundle/ec-whatif self-test"
fi

# The app: copied next to its final place, then swapped in, so a failed copy leaves the old one.
mkdir -p "$(dirname "$opt_dir")"
staging="$opt_dir.new.$$"
trap 'rm -rf "$staging"' EXIT
rm -rf "$staging"
cp -a "$bundle" "$staging"
cp "$here/uninstall.sh" "$here/paths.sh" "$staging/"
rm -rf "$opt_dir"
mv "$staging" "$opt_dir"
echo "installed $opt_dir"

# The command: a link, unless something else (say a pip --user install) already owns the name.
if [ -L "$bin_link" ] && [ "$(readlink "$bin_link")" = "$opt_dir/ec-whatif" ]; then
    : # already ours
elif [ -e "$bin_link" ] || [ -L "$bin_link" ]; then
    echo "install.sh: left $bin_link alone: it is not ours (the menu entry works without it)" >&2
else
    mkdir -p "$(dirname "$bin_link")"
    ln -s "$opt_dir/ec-whatif" "$bin_link"
    echo "linked $bin_link"
fi

# The menu entry, pointing at the installed app by its full path (~/.local/bin may not be on the
# PATH of the desktop session), and marked so that uninstall.sh removes only what it wrote.
mkdir -p "$(dirname "$desktop_file")"
{
    while IFS= read -r line; do
        case "$line" in
            Exec=*) printf 'Exec="%s/ec-whatif"\n' "$opt_dir" ;;
            TryExec=*) printf 'TryExec=%s/ec-whatif\n' "$opt_dir" ;;
            *) printf '%s\n' "$line" ;;
        esac
    done <"$here/ec-whatif.desktop"
    printf '%s\n' "$marker"
} >"$desktop_file.tmp"
mv "$desktop_file.tmp" "$desktop_file"
echo "wrote $desktop_file"

install -D -m 644 "$icons/ec-whatif.svg" "$icon_svg"
install -D -m 644 "$icons/ec-whatif.png" "$icon_png"
echo "wrote $icon_svg and $icon_png"
refresh_desktop_caches
echo "done: start it from the menu (Electoral College What-If) or run $opt_dir/ec-whatif"
