#!/usr/bin/env bash
# The Windows NSIS installer's script — CPack's template with CivicDesk's own commands
# (installer/windows/nsis-*.nsh: /SERVER= into HKLM, /PURGE) — compiles with Debian's
# makensis into a PE32 installer. Built from the Linux client files of this build tree.
#   test-nsis-installer.sh BUILD_DIR
set -euo pipefail
build=${1:?usage: test-nsis-installer.sh BUILD_DIR}

fail() { echo "FAIL: $*" >&2; exit 1; }
command -v makensis >/dev/null || fail "makensis is missing (Debian package nsis)"
command -v cpack >/dev/null || fail "cpack is missing"
[ -x "$build/app/civicdesk" ] || fail "$build/app/civicdesk is not built"

work=$(mktemp -d "${TMPDIR:-/tmp}/civicdesk-nsis.XXXXXX")
trap 'rm -rf "$work"' EXIT

cpack -G NSIS --config "$build/CPackConfig.cmake" -B "$work" >"$work/cpack.log" 2>&1 \
    || { cat "$work/cpack.log" >&2; fail "cpack -G NSIS failed"; }

version=$(sed -n 's/^set(CPACK_PACKAGE_VERSION "\(.*\)")$/\1/p' "$build/CPackConfig.cmake")
installer="$work/CivicDesk-$version-win64.exe"
[ -f "$installer" ] || { ls -la "$work" >&2; fail "no $installer"; }

# A Windows executable: "MZ", and the PE header where e_lfanew (offset 0x3c) points.
[ "$(head -c 2 "$installer")" = "MZ" ] || fail "the installer does not start with MZ"
pe_offset=$(od -An -t u4 -j 60 -N 4 "$installer" | tr -d ' ')
[ "$(od -An -c -j "$pe_offset" -N 4 "$installer" | tr -d ' ')" = 'PE\0\0' ] || fail "no PE header at $pe_offset"
description=$(file -b "$installer")
case "$description" in
    PE32\ executable*) ;;
    *) fail "file says: $description" ;;
esac
case "$description" in
    *Nullsoft\ Installer*) ;;
    *) fail "not an NSIS installer: $description" ;;
esac

# The script makensis compiled holds CivicDesk's commands, and the client went in.
staging=$(find "$work/_CPack_Packages" -maxdepth 2 -type d -name NSIS | head -n 1)
script="$staging/project.nsi"
[ -f "$script" ] || fail "no project.nsi under $work/_CPack_Packages"
# shellcheck disable=SC2016 # NSIS text, not shell expansions
for needle in 'Unicode true' '!include FileFunc.nsh' '${GetOptions} $R0 "/SERVER=" $R1' \
    'WriteRegStr HKLM "Software\CivicDesk\CivicDesk\server" "url" $R1' 'SetRegView 64' 'SetErrorLevel 2' \
    '${un.GetOptions} $R0 "/PURGE" $R1' 'InstallDir "$PROGRAMFILES64\CivicDesk"' \
    'CreateShortCut "$DESKTOP\CivicDesk 社区工作台.lnk" "$INSTDIR\bin\civicdesk.exe"'; do
    grep -qF -- "$needle" "$script" || fail "project.nsi lacks: $needle"
done
[ -f "$staging/CivicDesk-$version-win64/bin/civicdesk" ] || fail "the client binary is not in the installer"
# The server is not part of the Windows installer.
if find "$staging" -name 'civicdesk-server*' | grep -q .; then
    fail "the server went into the client installer"
fi

echo "OK: $(basename "$installer") ($(stat -c %s "$installer") bytes): $description"
