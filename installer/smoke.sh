#!/usr/bin/env bash
# Smoke check of a built one-folder bundle (Linux here, Windows in .github/workflows/windows.yml):
# what ships — both programs, the compiled translation, the licence notices, no GPL-only Qt
# Virtual Keyboard, no QtQml/QtQuick, no .ts sources, under the size limit — and that the console
# program runs: version, a new database created and checked, a bad file refused in one line, the
# PostgreSQL driver present, the demo and two reports written.
set -euo pipefail
bundle=${1:?bundle folder}
max_mb=${SMOKE_MAX_MB:-200}
fail() { echo "bundle smoke: $*" >&2; exit 1; }

suffix=""
[ -e "$bundle/theodoi-cli.exe" ] && suffix=".exe"
exe="$bundle/theodoi-cli$suffix"
[ -f "$exe" ] || fail "the console program theodoi-cli$suffix is missing"
[ -f "$bundle/TheoDoiKeHoach$suffix" ] || fail "the window program TheoDoiKeHoach$suffix is missing"

unwanted=$(find "$bundle" \( -iname '*virtualkeyboard*' -o -iname '*qt6qml*' -o -iname '*qt6quick*' \
  -o -iname 'qtquick*' -o -name '*.ts' -o -iname 'opengl32sw.dll' \) -print | head -n 5)
[ -z "$unwanted" ] || fail "files that must stay out of the bundle: $unwanted"
qm=$(find "$bundle" -name 'theodoi_vi.qm' | head -n 1)
[ -n "$qm" ] || fail "the Vietnamese translation (.qm) is not in the bundle"
[ -z "$(find "$bundle" -path '*translations*' -name 'qt*_*.qm' | head -n 1)" ] || fail "Qt's own catalogues are in the bundle"
licence="$bundle/LICENSE.txt"
[ -f "$licence" ] || fail "LICENSE.txt (program terms and third-party notices) is missing"
for name in PySide6_Essentials SQLAlchemy reportlab psycopg "Liberation Serif" "Python "; do
  grep -q "$name" "$licence" || fail "the licence notices do not mention $name"
done
size_mb=$(du -sm "$bundle" | cut -f1)
[ "$size_mb" -lt "$max_mb" ] || fail "the bundle is $size_mb MB, the limit is $max_mb MB"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export XDG_DATA_HOME="$work/data" LOCALAPPDATA="$work/data"  # the program's own folder stays clean
version=$(sed -n 's/^version = "\(.*\)"/\1/p' "$(dirname "$0")/../pyproject.toml")
"$exe" --version | grep -q -- "$version" || fail "--version does not print $version"
"$exe" > "$work/help" || fail "the console program without a command did not print its help"
grep -q "demo" "$work/help" || fail "the console program without a command did not print its help"
"$exe" check --db "$work/smoke.db"
"$exe" check --db "$work/smoke.db"
head -c 4096 /dev/urandom > "$work/bad.db"
if "$exe" check --db "$work/bad.db" 2> "$work/err"; then
  fail "a random file was accepted"
fi
[ "$(wc -l < "$work/err")" -eq 1 ] || { cat "$work/err" >&2; fail "error was not one line"; }
# The PostgreSQL driver is in the bundle: an unreachable server is a user's error (exit 2),
# not a missing module (a bug, exit 1, a crash log).
set +e
"$exe" report --db "postgresql://theodoi@127.0.0.1:9/theodoi" --plan x --period 2023-Q4 --kind progress \
  --format pdf --out "$work/pg.pdf" 2> "$work/pg-err"
code=$?
set -e
[ "$code" -eq 2 ] && head -n 1 "$work/pg-err" | grep -q "^Lỗi: " || { cat "$work/pg-err" >&2; fail "PostgreSQL driver: exit $code"; }
"$exe" demo --db "$work/demo.db" > /dev/null
"$exe" report --db "$work/demo.db" --plan 177/KH-UBND --period 2023-Q4 --kind progress --format pdf --out "$work/r.pdf"
"$exe" report --db "$work/demo.db" --plan 177/KH-UBND --period 2023-Q4 --kind tasklist --format docx --out "$work/r.docx"
[ -s "$work/r.pdf" ] && [ -s "$work/r.docx" ] || fail "reports were not written"
echo "bundle smoke: OK ($size_mb MB)"
