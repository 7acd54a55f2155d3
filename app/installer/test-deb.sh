#!/usr/bin/env bash
# Installs the .deb built by `mvn -Pinstaller -DskipTests package`, runs the installed command
# line's self-check with no JDK in reach, checks the menu entry, upgrades over itself keeping the
# user's data, then removes the package. As root it uses apt (which also installs the package's
# dependencies); otherwise it unpacks into a scratch root and runs the launcher there.
set -euo pipefail
cd "$(dirname "$0")/.."

deb=$(ls target/installer/shoetopia_*_amd64.deb)
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
user_home="$scratch/home"
mkdir -p "$user_home"

echo "package:        $deb ($(du -h "$deb" | cut -f1))"

# No PATH to a JDK and no JAVA_HOME: the launcher must use the runtime it ships.
run_installed() {
    env -i HOME="$user_home" PATH=/nonexistent "$@"
}

if [ "$(id -u)" = 0 ]; then
    # A CI machine has no desktop; give it the menu folders a desktop has, so the entry can be checked.
    mkdir -p /etc/xdg/menus /usr/share/applications /usr/share/desktop-directories
    apt-get update -qq    # the package's dependencies (GTK…) may not be on a fresh machine
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$PWD/$deb" >/dev/null
    root=""
    echo "installed size: $(du -sh /opt/shoetopia | cut -f1) in /opt/shoetopia"
    test -x /opt/shoetopia/bin/Shoetopia
    desktop=/usr/share/applications/shoetopia-Shoetopia.desktop
    if [ -f "$desktop" ]; then
        grep -q '^Exec=/opt/shoetopia/bin/Shoetopia' "$desktop"
        echo "menu entry:     $desktop"
    else
        echo "FAILED: no menu entry at $desktop" >&2
        exit 1
    fi
else
    root="$scratch/root"
    dpkg-deb -x "$deb" "$root"
    echo "unpacked size:  $(du -sh "$root/opt/shoetopia" | cut -f1) (not root: unpacked, not installed)"
fi
cli="$root/opt/shoetopia/bin/shoetopia"

run_installed "$cli" --version
run_installed "$cli" self-check | tail -3

# The desktop launcher opens its window (on a virtual display where Xvfb is installed).
if [ -z "$root" ] && command -v Xvfb >/dev/null && command -v xwininfo >/dev/null; then
    Xvfb :77 -screen 0 1280x800x24 >/dev/null 2>&1 &
    xvfb=$!
    started=$(date +%s%N)
    env -i HOME="$user_home" DISPLAY=:77 PATH=/nonexistent /opt/shoetopia/bin/Shoetopia >"$scratch/gui.log" 2>&1 &
    gui=$!
    shown=""
    for _ in $(seq 1 300); do
        if DISPLAY=:77 xwininfo -root -tree 2>/dev/null | grep -q '"Shoetopia"'; then
            shown=$(( ($(date +%s%N) - started) / 1000000 ))
            break
        fi
        sleep 0.1
    done
    kill "$gui" "$xvfb" 2>/dev/null || true
    wait "$gui" "$xvfb" 2>/dev/null || true
    if [ -z "$shown" ]; then
        echo "FAILED: the desktop launcher showed no window in 30 s" >&2
        cat "$scratch/gui.log" >&2
        exit 1
    fi
    echo "window shown:   ${shown} ms after launch"
fi

# The user's data lives in their data folder, outside the install: it survives an upgrade.
run_installed "$cli" demo-data | head -1
if [ -z "$root" ]; then
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --reinstall "$PWD/$deb" >/dev/null
fi
run_installed "$cli" demo-data | grep -q "already there"
test -f "$user_home/.local/share/shoetopia/shoetopia.mv.db"
echo "user data kept: $user_home/.local/share/shoetopia/shoetopia.mv.db"

if [ -z "$root" ]; then
    DEBIAN_FRONTEND=noninteractive apt-get remove -y -qq shoetopia >/dev/null
    test ! -e /opt/shoetopia/bin/Shoetopia
    echo "removed:        /opt/shoetopia is gone"
fi
echo "installer test passed"
