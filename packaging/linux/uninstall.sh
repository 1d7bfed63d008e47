#!/usr/bin/env bash
# Remove what install.sh installed for the current user, and nothing else: the app folder, the
# ~/.local/bin link if it still points at it, the menu entry install.sh wrote, and the icons if
# they are still the ones the app shipped.
#
#     packaging/linux/uninstall.sh      (or ~/.local/opt/ec-whatif/uninstall.sh)
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source-path=SCRIPTDIR source=paths.sh
. "$here/paths.sh"

case "${1:-}" in
    "") ;;
    -h | --help)
        sed -n '2,6p' "$0" | sed 's/^# \{0,1\}//'
        exit 0
        ;;
    *)
        echo "uninstall.sh: takes no arguments (try --help)" >&2
        exit 2
        ;;
esac

removed=0
remove() {
    rm -rf -- "$1"
    echo "removed $1"
    removed=$((removed + 1))
}

# The icons are compared with the app's own copies (or the source tree's) before the app goes.
for pair in "$icon_svg:ec-whatif.svg" "$icon_png:ec-whatif.png"; do
    target="${pair%%:*}"
    name="${pair##*:}"
    [ -f "$target" ] || continue
    for source in "$opt_dir/_internal/gui/resources/icons/$name" "$here/../../resources/icons/$name"; do
        if [ -f "$source" ] && cmp -s "$target" "$source"; then
            remove "$target"
            break
        fi
    done
    [ ! -f "$target" ] || echo "uninstall.sh: left $target: it is not the icon ec-whatif installed" >&2
done
if [ -f "$desktop_file" ]; then
    if grep -qxF "$marker" "$desktop_file"; then
        remove "$desktop_file"
    else
        echo "uninstall.sh: left $desktop_file: install.sh did not write it" >&2
    fi
fi
if [ -L "$bin_link" ] && [ "$(readlink "$bin_link")" = "$opt_dir/ec-whatif" ]; then
    remove "$bin_link"
fi
if [ -d "$opt_dir" ]; then
    remove "$opt_dir"
fi
refresh_desktop_caches
if [ "$removed" = 0 ]; then
    echo "nothing to remove: ec-whatif is not installed for ${USER:-this user}"
else
    echo "done: ec-whatif is uninstalled"
fi
