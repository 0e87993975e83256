#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Runs a command against a real, throw-away OS keychain: its own D-Bus session bus and an unlocked
# gnome-keyring (secrets component only), with HOME and the XDG folders in a temporary directory that
# is removed afterwards. Never touches the user's own keyring or session.
#   run-with-keyring.sh [--bus-only] <command> [args...]
# --bus-only: a private session bus without a keyring (for the "keychain does not answer" tests).
set -euo pipefail

if [ "${GONGDIR_KEYRING_INSIDE:-}" != 1 ]; then
    for tool in dbus-run-session gnome-keyring-daemon; do
        if ! command -v "$tool" >/dev/null 2>&1; then
            echo "run-with-keyring: $tool is missing (scripts/install-deps installs it)" >&2
            exit 1
        fi
    done
    tmp=$(mktemp -d "${TMPDIR:-/tmp}/gongdir-keyring.XXXXXX")
    trap 'rm -rf "$tmp"' EXIT
    mkdir -p "$tmp/home" "$tmp/config" "$tmp/data" "$tmp/cache" "$tmp/run"
    chmod 700 "$tmp/run"
    export HOME="$tmp/home" XDG_CONFIG_HOME="$tmp/config" XDG_DATA_HOME="$tmp/data" \
        XDG_CACHE_HOME="$tmp/cache" XDG_RUNTIME_DIR="$tmp/run" GONGDIR_KEYRING_INSIDE=1
    # No X11 autolaunch of another bus, no desktop-specific keychain choice.
    unset DISPLAY WAYLAND_DISPLAY DBUS_SESSION_BUS_ADDRESS XDG_CURRENT_DESKTOP DESKTOP_SESSION KDE_FULL_SESSION
    set +e
    dbus-run-session -- "$0" "$@"
    rc=$?
    set -e
    exit $rc
fi

if [ "${1:-}" = "--bus-only" ]; then
    shift
    exec "$@"
fi

# The password is read from stdin; it only has to live as long as this session. Started in the
# foreground (as our child) so that it can be stopped and reaped here.
password=$(head -c 24 /dev/urandom | base64)
printf '%s' "$password" | gnome-keyring-daemon --foreground --unlock --components=secrets >/dev/null &
keyring_pid=$!
for _ in $(seq 1 100); do
    if dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
        org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null | grep -q "boolean true"; then
        break
    fi
    sleep 0.1
done
set +e
"$@"
rc=$?
set -e
kill "$keyring_pid" 2>/dev/null || true
wait "$keyring_pid" 2>/dev/null || true
exit $rc
