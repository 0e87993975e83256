#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Runs a command as a screen reader sees an application on Linux: a private D-Bus session whose only service is the
# AT-SPI accessibility bus (at-spi-bus-launcher and its registry, started by D-Bus activation) and an X server
# (Xvfb). Qt 6.4 finds the accessibility bus through the session bus, so the session is real; it offers no keychain
# (Secret Service), so the app runs session-only as in the other GUI tests. Qt's bridge is on
# (QT_LINUX_ACCESSIBILITY_ALWAYS_ON) without a screen reader. Exits 77 (CTest's SKIP_RETURN_CODE) with a message when
# a package is missing; scripts/install-deps installs them.
set -euo pipefail

missing=()
command -v dbus-run-session >/dev/null || missing+=(dbus)
command -v xvfb-run >/dev/null || missing+=(xvfb)
if [ "${GONGDIR_A11Y_NEEDS_PYATSPI:-}" = 1 ] && ! command -v xdotool >/dev/null; then
    missing+=(xdotool)
fi
[ -f /usr/share/dbus-1/services/org.a11y.Bus.service ] || missing+=(at-spi2-core)
if [ "${GONGDIR_A11Y_NEEDS_PYATSPI:-}" = 1 ] && ! /usr/bin/python3 -c 'import pyatspi' 2>/dev/null; then
    missing+=(python3-pyatspi)
fi
if [ ${#missing[@]} -gt 0 ]; then
    echo "SKIP: the accessibility test needs the Debian packages ${missing[*]} (scripts/install-deps installs them)"
    exit 77
fi

if [ -z "${GONGDIR_A11Y_SESSION:-}" ]; then
    dir=$(mktemp -d)
    trap 'rm -rf "$dir"' EXIT
    mkdir "$dir/services" "$dir/runtime"
    chmod 700 "$dir/runtime"
    cp /usr/share/dbus-1/services/org.a11y.Bus.service "$dir/services/"
    cat >"$dir/session.conf" <<CONF
<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:dir=$dir</listen>
  <auth>EXTERNAL</auth>
  <servicedir>$dir/services</servicedir>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
CONF
    # The launcher keeps its socket under XDG_RUNTIME_DIR: one per run, so tests can run in parallel.
    GONGDIR_A11Y_SESSION=1 XDG_RUNTIME_DIR="$dir/runtime" dbus-run-session --config-file="$dir/session.conf" -- "$0" "$@"
    exit $?
fi

# Asking for the accessibility bus starts it (D-Bus activation) and answers once it is up, so Qt finds it.
dbus-send --session --print-reply=literal --dest=org.a11y.Bus /org/a11y/bus org.a11y.Bus.GetAddress >/dev/null
export QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1
export QT_QPA_PLATFORM=xcb
exec xvfb-run -a -s "-screen 0 1600x1000x24" "$@"
