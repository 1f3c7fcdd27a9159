#!/usr/bin/env bash
# Smoke check of the NSIS installer under Wine, in a temporary Wine prefix (a fresh "Windows
# user"): a silent per-user install puts the program, the Start-menu (and asked-for desktop)
# shortcut and the Apps & features entry in place; the console program runs from the install
# folder; an upgrade over it keeps the data; a silent uninstall removes program, shortcuts and
# entry but leaves the data folder; /REMOVEDATA removes that too.
#
# On Linux the payload is the Linux bundle (its programs have no .exe): this checks the
# installer's logic, not a Windows build (.github/workflows/windows.yml does that).
set -euo pipefail
setup=$(realpath "${1:?installer .exe}")
fail() { echo "installer smoke: $*" >&2; exit 1; }
[ "$(head -c 2 "$setup")" = "MZ" ] || fail "$setup is not a Windows program (no MZ header)"

prefix=$(mktemp -d /tmp/theodoi-wine.XXXXXX)
export WINEPREFIX="$prefix" WINEDEBUG=-all
# No Mono/Gecko prompts, no menu entries written into the host's desktop.
export WINEDLLOVERRIDES="mscoree,mshtml=;winemenubuilder.exe=d"
unset DISPLAY WAYLAND_DISPLAY
export LANG=C.UTF-8  # Wine hands registry values with Vietnamese letters to us in UTF-8
trap 'wineserver -k >/dev/null 2>&1 || true; rm -rf "$prefix"' EXIT
wine_run() { wine "$@" </dev/null >/dev/null 2>&1; local code=$?; wineserver -w; return $code; }

wineboot --init >/dev/null 2>&1
wineserver -w
profile=$(find "$prefix/drive_c/users" -mindepth 1 -maxdepth 1 -type d ! -name Public | head -n 1)
[ -n "$profile" ] || fail "Wine created no user profile"
local_app="$profile/AppData/Local"
install="$local_app/Programs/TheoDoiKeHoach"
data="$local_app/TheoDoiKeHoach"
start_menu="$profile/AppData/Roaming/Microsoft/Windows/Start Menu/Programs"
desktop="$profile/Desktop"
key='HKCU\Software\Microsoft\Windows\CurrentVersion\Uninstall\TheoDoiKeHoach'
# `reg query` prints through Wine's console code page (Vietnamese letters become "?"); an export
# is UTF-16, read back as UTF-8. Prints one value of the uninstall entry, nothing when absent.
reg_value() {
  local out="$prefix/entry.reg"
  rm -f "$out"
  wine reg export "$key" "$(winepath -w "$out")" /y >/dev/null 2>&1 || return 0
  iconv -f UTF-16 -t UTF-8 "$out" | tr -d '\r' | sed -n "s/^\"$1\"=\"\(.*\)\"\$/\1/p" | sed 's/\\\\/\\/g; s/\\"/"/g'
}
# The Linux payload runs natively (Wine writes files without the execute bit); a Windows one in Wine.
cli() {
  if [ -f "$install/theodoi-cli" ]; then chmod +x "$install/theodoi-cli"; "$install/theodoi-cli" "$@"
  else wine "$install/theodoi-cli.exe" "$@"; fi
}

echo "installer smoke: silent install with a desktop shortcut"
wine_run "$setup" /S /DESKTOP || fail "the silent install failed"
for file in TheoDoiKeHoach theodoi-cli; do
  [ -f "$install/$file" ] || [ -f "$install/$file.exe" ] || fail "$file is not installed in $install"
done
[ -f "$install/uninstall.exe" ] && [ -f "$install/LICENSE.txt" ] && [ -d "$install/_internal" ] \
  || fail "the uninstaller, LICENSE.txt or _internal is missing in $install"
[ -f "$start_menu/Theo dõi Kế hoạch.lnk" ] || fail "no Start-menu shortcut"
[ -f "$desktop/Theo dõi Kế hoạch.lnk" ] || fail "no desktop shortcut although /DESKTOP was given"
version=$(sed -n 's/^version = "\(.*\)"/\1/p' "$(dirname "$0")/../pyproject.toml")
[ "$(reg_value DisplayName)" = "Theo dõi Kế hoạch" ] || fail "Apps & features: DisplayName is '$(reg_value DisplayName)'"
[ "$(reg_value DisplayVersion)" = "$version" ] || fail "Apps & features: DisplayVersion is not $version"
[ -n "$(reg_value Publisher)" ] || fail "Apps & features: no Publisher"
reg_value UninstallString | grep -q 'uninstall.exe' || fail "Apps & features: no UninstallString"
reg_value QuietUninstallString | grep -q 'uninstall.exe" /S' || fail "Apps & features: no QuietUninstallString"

echo "installer smoke: the installed console program"
export XDG_DATA_HOME="$local_app" LOCALAPPDATA="$local_app"  # the Linux payload writes where Windows would
cli --version | grep -q -- "$version" || fail "the installed theodoi-cli does not print $version"
cli demo --db "$data/theodoi.db" >/dev/null || fail "the installed theodoi-cli could not build the demo"
cli check --db "$data/theodoi.db" >/dev/null || fail "the installed theodoi-cli could not check the database"
before=$(sha256sum "$data/theodoi.db" | cut -d' ' -f1)
settings="$profile/AppData/Roaming/TheoDoiKeHoach/TheoDoiKeHoach.ini"  # where the window keeps them
mkdir -p "$(dirname "$settings")" && printf '[General]\nlanguage=vi\n' > "$settings"

echo "installer smoke: upgrade over the installed version"
touch "$install/_internal/stale-from-old-version"
wine_run "$setup" /S || fail "the silent upgrade failed"
[ ! -e "$install/_internal/stale-from-old-version" ] || fail "the upgrade left an old version's file behind"
[ "$(sha256sum "$data/theodoi.db" | cut -d' ' -f1)" = "$before" ] || fail "the upgrade changed the data"
cli check --db "$data/theodoi.db" >/dev/null || fail "the upgraded program could not open the data"

echo "installer smoke: silent uninstall keeps the data"
wine_run "$install/uninstall.exe" /S || fail "the silent uninstall failed"
[ ! -e "$install/_internal" ] && [ ! -e "$install/uninstall.exe" ] || fail "program files remain in $install"
[ ! -e "$start_menu/Theo dõi Kế hoạch.lnk" ] && [ ! -e "$desktop/Theo dõi Kế hoạch.lnk" ] || fail "shortcuts remain"
[ -z "$(reg_value DisplayName)" ] || fail "the Apps & features entry remains"
[ "$(sha256sum "$data/theodoi.db" | cut -d' ' -f1)" = "$before" ] || fail "the uninstall touched the data"
[ -f "$settings" ] || fail "the uninstall removed the window's settings"

echo "installer smoke: reinstall, then uninstall with /REMOVEDATA"
wine_run "$setup" /S || fail "the reinstall failed"
[ ! -e "$desktop/Theo dõi Kế hoạch.lnk" ] || fail "a desktop shortcut without /DESKTOP"
wine_run "$install/uninstall.exe" /S /REMOVEDATA || fail "the uninstall with /REMOVEDATA failed"
[ ! -e "$data" ] || fail "/REMOVEDATA left the data folder"
[ ! -e "$settings" ] || fail "/REMOVEDATA left the window's settings"
echo "installer smoke: OK"
