#!/usr/bin/env bash
# The installer under wine on Linux, with a small stand-in payload: compile with makensis -WX,
# install silently for the current user, check the files, the Start-menu link and the HKCU
# uninstall key, uninstall silently and check that the user's data folder survives; then again
# with /REMOVEDATA, which must remove it. Usage: packaging/wine_roundtrip.sh
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
work="$(mktemp -d)"
export WINEPREFIX="$work/wine" WINEDEBUG=-all WINEDLLOVERRIDES="mscoree,mshtml="
payload="$work/payload"
mkdir -p "$payload/_internal"
printf 'Platzhalter' > "$payload/Buendnisbuero.exe"
printf 'Platzhalter' > "$payload/Buendnisbuero-Konsole.exe"
printf 'Platzhalter' > "$payload/_internal/daten.txt"
installer="$work/Buendnisbuero-Installation-Probe.exe"
makensis -WX -V2 -DVERSION=0.1.0 "-DPAYLOAD=$payload" "-DOUTFILE=$installer" "$here/installer.nsi"

wine wineboot --init >/dev/null 2>&1 || true
user_dir="$WINEPREFIX/drive_c/users/$(whoami)"
program="$user_dir/AppData/Local/Programs/Buendnisbuero"
data="$user_dir/AppData/Local/Buendnisbuero"
link="$user_dir/AppData/Roaming/Microsoft/Windows/Start Menu/Programs/Bündnisbüro/Bündnisbüro.lnk"
key='HKCU\Software\Microsoft\Windows\CurrentVersion\Uninstall\Buendnisbuero'
fail() { echo "FEHLER: $*" >&2; exit 1; }

round_trip() {
  local extra="$1"
  wine "$installer" /S /CurrentUser
  for file in "$program/Buendnisbuero.exe" "$program/uninstall.exe" "$program/_internal/daten.txt" \
              "$link"; do
    [ -f "$file" ] || fail "nach der Installation fehlt $file"
  done
  wine reg query "$key" /v QuietUninstallString | grep -q 'uninstall.exe" /CurrentUser /S' \
    || fail "QuietUninstallString fehlt im HKCU-Schlüssel"
  mkdir -p "$data"
  echo "Daten der Nutzerin" > "$data/buendnisbuero.sqlite3"
  # _?= runs the uninstaller in place and waits for it (it cannot delete itself then).
  wine "$program/uninstall.exe" /S /CurrentUser $extra '_?=C:\users\'"$(whoami)"'\AppData\Local\Programs\Buendnisbuero'
  rm -f "$program/uninstall.exe"
  [ ! -e "$program/Buendnisbuero.exe" ] || fail "das Programm ist nach der Deinstallation noch da"
  [ ! -e "$link" ] || fail "die Startmenü-Verknüpfung ist noch da"
  if wine reg query "$key" >/dev/null 2>&1; then fail "der Deinstallationsschlüssel ist noch da"; fi
}

round_trip ""
[ -f "$data/buendnisbuero.sqlite3" ] || fail "die Nutzerdaten fehlen nach der Deinstallation"
round_trip "/REMOVEDATA"
[ ! -e "$data" ] || fail "/REMOVEDATA hat die Nutzerdaten nicht gelöscht"
wineserver -k || true
rm -rf "$work"
echo "wine: Installation, Startmenü, HKCU-Schlüssel und Deinstallation in Ordnung; die Nutzerdaten" \
     "blieben (mit /REMOVEDATA gelöscht)."
