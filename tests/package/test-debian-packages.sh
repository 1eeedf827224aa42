#!/usr/bin/env bash
# The Debian packages as an administrator meets them (docs/operations.md §Installing the
# server from the Debian package): built by CPack from this build tree, installed with
# apt-get, both programs run, the server started the way civicdesk-server.service starts it
# (as the system user civicdesk, from the packaged configuration, without systemd) and
# answering /api/v1/health, the desktop entry valid, and `apt-get remove` keeping
# /var/lib/civicdesk.
#   test-debian-packages.sh BUILD_DIR
# Changes this machine (installs and removes the packages, adds the user civicdesk): needs
# root or passwordless sudo, and exits 77 (ctest: skipped) with the reason without either.
set -euo pipefail
build=${1:?usage: test-debian-packages.sh BUILD_DIR}

if [ "$(id -u)" -eq 0 ]; then
    as_root() { "$@"; }
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    as_root() { sudo -n "$@"; }
else
    echo "SKIP: installing the Debian packages needs root or passwordless sudo"
    exit 77
fi

fail() { echo "FAIL: $*" >&2; exit 1; }
step() { printf '== %s\n' "$*"; }

# Never on a machine whose CivicDesk data this test could disturb.
if [ -e /var/lib/civicdesk/civicdesk.sqlite ]; then
    fail "/var/lib/civicdesk holds a database: this test installs and removes civicdesk-server; run it elsewhere"
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/civicdesk-deb.XXXXXX")
chmod 755 "$work" # apt's sandbox user reads the .debs from here
data="$work/data"
server_pid=
# The server this test started: the only one serving its temporary data directory.
stop_server() { as_root pkill -TERM -u civicdesk -f "civicdesk-server serve --data $data " || true; }
cleanup() {
    if [ -n "$server_pid" ]; then
        stop_server
        wait "$server_pid" 2>/dev/null || true
    fi
    as_root rm -rf "$work"
}
trap cleanup EXIT

step "cpack -G DEB from $build"
cpack -G DEB --config "$build/CPackConfig.cmake" -B "$work/out" >"$work/cpack.log" 2>&1 \
    || { cat "$work/cpack.log" >&2; fail "cpack -G DEB failed"; }
version=$(sed -n 's/^set(CPACK_PACKAGE_VERSION "\(.*\)")$/\1/p' "$build/CPackConfig.cmake")
client_deb=$(ls "$work"/out/civicdesk_"$version"-*_*.deb)
server_deb=$(ls "$work"/out/civicdesk-server_"$version"-*_*.deb)
chmod 644 "$client_deb" "$server_deb"
ls -l "$client_deb" "$server_deb"

step "package metadata"
# Listings into files: `grep -q` on a pipe would end dpkg-deb early (SIGPIPE under pipefail).
field() { dpkg-deb -f "$1" "$2"; }
dpkg-deb -c "$client_deb" >"$work/client.contents"
dpkg-deb -c "$server_deb" >"$work/server.contents"
dpkg-deb --ctrl-tarfile "$server_deb" | tar -t >"$work/server.control"
has() { grep -q -- "$2" <<<"$1"; }
[ "$(field "$client_deb" Package)" = civicdesk ] || fail "client package name"
[ "$(field "$server_deb" Package)" = civicdesk-server ] || fail "server package name"
[ "$(field "$client_deb" Version)" = "$version-1" ] || fail "client version $(field "$client_deb" Version)"
# dpkg-shlibdeps found the shared libraries; the plugins are named by hand.
client_depends=$(field "$client_deb" Depends)
for lib in libqt6widgets6 libqt6charts6 libqt6keychain1 libqt6sql6-sqlite qt6-qpa-plugins; do
    has "$client_depends" "$lib" || fail "civicdesk does not depend on $lib: $client_depends"
done
server_depends=$(field "$server_deb" Depends)
for lib in libqt6core6 libsodium23 libcpp-httplib adduser libqt6sql6-sqlite; do
    has "$server_depends" "$lib" || fail "civicdesk-server does not depend on $lib: $server_depends"
done
has "$(field "$client_deb" Description)" '社区工作台' || fail "no Chinese description"
grep -qx './conffiles' "$work/server.control" || fail "no conffiles in civicdesk-server"
grep -q ' ./etc/civicdesk/civicdesk-server.conf$' "$work/server.contents" || fail "no configuration file"
grep -q ' ./lib/systemd/system/civicdesk-server.service$' "$work/server.contents" || fail "no systemd unit"
grep -q ' ./usr/share/icons/hicolor/48x48/apps/civicdesk.png$' "$work/client.contents" || fail "no 48x48 icon"
if grep -q civicdesk-server "$work/client.contents"; then fail "the server is in the client package"; fi

step "apt-get install"
as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y --reinstall -q "$client_deb" "$server_deb" \
    >"$work/install.log" 2>&1 || { cat "$work/install.log" >&2; fail "apt-get install failed"; }
dpkg-query -W -f='${Status} ${Version}\n' civicdesk civicdesk-server

step "the programs"
out=$(QT_QPA_PLATFORM=offscreen civicdesk --version)
[ "$out" = "CivicDesk $version" ] || fail "civicdesk --version said: $out"
out=$(civicdesk-server --version)
[ "$out" = "civicdesk-server $version" ] || fail "civicdesk-server --version said: $out"
desktop-file-validate /usr/share/applications/civicdesk.desktop || fail "desktop-file-validate"
[ -f /usr/share/icons/hicolor/scalable/apps/civicdesk.svg ] || fail "no scalable icon"

step "the system user, the data directory, the configuration"
IFS=: read -r _ _ _ _ _ home shell < <(getent passwd civicdesk) || fail "no user civicdesk"
[ "$home" = /var/lib/civicdesk ] || fail "civicdesk's home is $home"
[ "$shell" = /usr/sbin/nologin ] || fail "civicdesk's shell is $shell"
[ "$(stat -c '%U:%G %a' /var/lib/civicdesk)" = "civicdesk:civicdesk 750" ] \
    || fail "/var/lib/civicdesk is $(stat -c '%U:%G %a' /var/lib/civicdesk)"
conf=/etc/civicdesk/civicdesk-server.conf
[ "$(stat -c '%U:%G %a' "$conf")" = "root:civicdesk 640" ] || fail "$conf is $(stat -c '%U:%G %a' "$conf")"
has "$(dpkg-query -W -f='${Conffiles}\n' civicdesk-server)" "$conf" || fail "$conf is not a conffile"

unit=/lib/systemd/system/civicdesk-server.service
unit_value() { sed -n "s/^$1=//p" "$unit"; }
[ "$(unit_value User)" = civicdesk ] || fail "the unit does not run as civicdesk"
[ "$(unit_value EnvironmentFile)" = "$conf" ] || fail "the unit does not read $conf"
exec_start=$(unit_value ExecStart)
[ -x "$exec_start" ] || fail "ExecStart $exec_start is not executable"
if command -v systemd-analyze >/dev/null 2>&1; then
    systemd-analyze verify "$unit" || fail "systemd-analyze verify $unit"
fi

step "the server, started as the unit starts it (without systemd)"
# The packaged configuration, with a temporary data directory and any free loopback port.
as_root install -d -o civicdesk -g civicdesk -m 0750 "$data"
as_root cat "$conf" >"$work/server.conf" # readable by root and civicdesk only
# shellcheck source=/dev/null
packaged() { (set -a; . "$work/server.conf"; eval "printf '%s' \"\${$1:-}\""); }
[ "$(packaged CIVIC_DATA)" = /var/lib/civicdesk ] || fail "packaged CIVIC_DATA is $(packaged CIVIC_DATA)"
[ "$(packaged CIVIC_LISTEN)" = 127.0.0.1:8470 ] || fail "packaged CIVIC_LISTEN is $(packaged CIVIC_LISTEN)"
[ -z "$(packaged CIVIC_DB)" ] || fail "the packaged configuration sets CIVIC_DB"
# systemd's clean environment: the file's variables, the two changed, nothing else.
: >"$work/server.log"
as_root runuser -u civicdesk -- env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin \
    CIVIC_DATA="$data" CIVIC_LISTEN=127.0.0.1:0 \
    CIVIC_THREADS="$(packaged CIVIC_THREADS)" CIVIC_OPTIONS="$(packaged CIVIC_OPTIONS)" \
    "$exec_start" >"$work/server.log" 2>&1 &
server_pid=$!
port=
for _ in $(seq 1 100); do
    port=$(sed -n 's/.*listening on http:\/\/127\.0\.0\.1:\([0-9]*\).*/\1/p' "$work/server.log" || true)
    [ -n "$port" ] && break
    kill -0 "$server_pid" 2>/dev/null || { cat "$work/server.log" >&2; fail "the server exited"; }
    sleep 0.2
done
[ -n "$port" ] || { cat "$work/server.log" >&2; fail "the server did not say where it listens"; }
exec 3<>"/dev/tcp/127.0.0.1/$port"
printf 'GET /api/v1/health HTTP/1.0\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n' >&3
reply=$(cat <&3)
exec 3<&-
echo "$reply" | head -n 1 | grep -q ' 200 ' || fail "health: $reply"
echo "$reply" | grep -q '"status":"ok"' || fail "health: $reply"
echo "$reply" | grep -q "\"version\":\"$version\"" || fail "health: $reply"
echo "health on port $port: $(echo "$reply" | tail -n 1)"
# Running as civicdesk: it created its database in the data directory as that user.
[ "$(stat -c %U "$data/civicdesk.sqlite")" = civicdesk ] || fail "the database is not civicdesk's"
stop_server
wait "$server_pid" || true
server_pid=
grep -q '^stopped' "$work/server.log" || { cat "$work/server.log" >&2; fail "the server did not stop cleanly"; }

step "apt-get remove keeps the data"
marker="/var/lib/civicdesk/kept-by-remove.txt"
as_root sh -c "echo 'written before apt-get remove' > $marker"
as_root env DEBIAN_FRONTEND=noninteractive apt-get remove -y -q civicdesk civicdesk-server \
    >"$work/remove.log" 2>&1 || { cat "$work/remove.log" >&2; fail "apt-get remove failed"; }
if dpkg-query -W -f='${Status}\n' civicdesk 2>/dev/null | grep -q '^install ok installed'; then
    fail "civicdesk is still installed"
fi
[ ! -e /usr/bin/civicdesk-server ] || fail "/usr/bin/civicdesk-server is still there"
[ -d /var/lib/civicdesk ] || fail "/var/lib/civicdesk was removed"
[ -f "$marker" ] || fail "$marker was removed"
[ -f "$conf" ] || fail "$conf was removed (it is a conffile: only purge removes it)"
getent passwd civicdesk >/dev/null || fail "the user civicdesk was removed"
as_root rm -f "$marker"

echo "OK: $(basename "$client_deb") $(stat -c %s "$client_deb") bytes, $(basename "$server_deb") $(stat -c %s "$server_deb") bytes"
