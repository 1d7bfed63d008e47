# shellcheck shell=bash disable=SC2034  # sourced by install.sh and uninstall.sh, which use these
# Where install.sh puts things and uninstall.sh takes them away: one list for both (sourced).
# Per-user XDG locations only; nothing here needs root.
data_home="${XDG_DATA_HOME:-$HOME/.local/share}"
opt_dir="$HOME/.local/opt/ec-whatif"
bin_link="$HOME/.local/bin/ec-whatif"
desktop_file="$data_home/applications/ec-whatif.desktop"
icon_svg="$data_home/icons/hicolor/scalable/apps/ec-whatif.svg"
icon_png="$data_home/icons/hicolor/256x256/apps/ec-whatif.png"
# Written into the .desktop file, so uninstall.sh removes only a file that install.sh wrote.
marker="X-EC-WhatIf-Installed-By=packaging/linux/install.sh"

refresh_desktop_caches() {
    # Keep an existing icon cache current, never create one (a stale cache hides later icons).
    # No update-desktop-database: it only indexes MimeType entries, and ours has none.
    local cache="$data_home/icons/hicolor/icon-theme.cache"
    if [ -f "$cache" ] && command -v gtk-update-icon-cache >/dev/null 2>&1; then
        gtk-update-icon-cache -q -t "$data_home/icons/hicolor" 2>/dev/null || true
    fi
}
