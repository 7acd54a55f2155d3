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
    unit=/lib/systemd/system/shoetopia-server.service
    grep -q '^ExecStart=/opt/shoetopia/bin/shoetopia server' "$unit"
    if ls /etc/systemd/system/multi-user.target.wants/ 2>/dev/null | grep -q shoetopia; then
        echo "FAILED: the server unit must stay disabled until the operator enables it" >&2
        exit 1
    fi
    getent passwd shoetopia >/dev/null
    echo "server unit:    $unit (disabled), user shoetopia, data in /var/lib/shoetopia"
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
if [ -z "$root" ]; then
    # The install made the desktop launcher's class archive, and the launcher maps it: -Xshare:on
    # fails a start that cannot; _JAVA_OPTIONS, read after the launcher's own -Xshare:auto, wins.
    test -s /opt/shoetopia/lib/app/shoetopia.jsa
    run_installed _JAVA_OPTIONS=-Xshare:on /opt/shoetopia/bin/Shoetopia --version >/dev/null 2>&1 \
        || { echo "FAILED: the desktop launcher cannot map its class archive" >&2; exit 1; }
    echo "class archive:  $(du -h /opt/shoetopia/lib/app/shoetopia.jsa | cut -f1), mapped by the desktop launcher"
fi
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

# The installed server starts on the shipped runtime (TLS, a self-signed certificate on first start)
# and stops cleanly on SIGTERM, as systemd stops it.
server_home="$scratch/server"
mkdir -p "$server_home"
env -i HOME="$user_home" SHOETOPIA_HOME="$server_home" SHOETOPIA_SERVER_HOST=127.0.0.1 \
    SHOETOPIA_SERVER_PORT=18499 PATH=/nonexistent "$cli" server >"$scratch/server.log" 2>&1 &
server=$!
for _ in $(seq 1 300); do
    grep -q "fingerprint" "$scratch/server.log" && break
    sleep 0.1
done
kill -TERM "$server" 2>/dev/null || true
wait "$server" 2>/dev/null || true
if ! grep -q "listening on https://127.0.0.1:18499" "$scratch/server.log"; then
    echo "FAILED: the installed server did not start" >&2
    cat "$scratch/server.log" >&2
    exit 1
fi
test -f "$server_home/server-tls.p12"
echo "server:         started on the shipped runtime, $(grep -o 'fingerprint.*' "$scratch/server.log" | cut -c1-60)…"

# The user's data lives in their data folder, outside the install: it survives an upgrade.
run_installed "$cli" demo-data | head -1
if [ -z "$root" ]; then
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --reinstall "$PWD/$deb" >/dev/null
    test -s /opt/shoetopia/lib/app/shoetopia.jsa # prerm's upgrade removed it, postinst made it again
fi
run_installed "$cli" demo-data | grep -q "already there"
test -f "$user_home/.local/share/shoetopia/shoetopia.mv.db"
echo "user data kept: $user_home/.local/share/shoetopia/shoetopia.mv.db"

if [ -z "$root" ]; then
    DEBIAN_FRONTEND=noninteractive apt-get remove -y -qq shoetopia >/dev/null
    test ! -e /opt/shoetopia/bin/Shoetopia
    test ! -e /opt/shoetopia/lib/app/shoetopia.jsa
    test ! -e /lib/systemd/system/shoetopia-server.service
    echo "removed:        /opt/shoetopia and the server unit are gone"
fi
echo "installer test passed"
