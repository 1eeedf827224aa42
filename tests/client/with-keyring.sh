#!/bin/sh
# Runs a test in a private D-Bus session with an unlocked GNOME keyring: a real Secret Service
# for QtKeychain, without touching the user's own keyring (Debian: dbus, gnome-keyring).
set -e
HOME=$(mktemp -d)
XDG_RUNTIME_DIR="$HOME/run"
export HOME XDG_RUNTIME_DIR
mkdir -p -m 700 "$XDG_RUNTIME_DIR"
trap 'rm -rf "$HOME"' EXIT
dbus-run-session -- sh -c 'printf pw | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1; exec "$@"' sh "$@"
