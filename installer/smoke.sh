#!/usr/bin/env bash
# Smoke check of a built one-folder bundle: it starts, reports its version, creates and checks a
# database, and refuses a bad file with a one-line error.
set -euo pipefail
bundle=${1:?bundle folder}
exe="$bundle/TheoDoiKeHoach"
[ -x "$exe" ] || exe="$bundle/TheoDoiKeHoach.exe"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$exe" --version
"$exe" check --db "$work/smoke.db"
"$exe" check --db "$work/smoke.db"
head -c 4096 /dev/urandom > "$work/bad.db"
if "$exe" check --db "$work/bad.db" 2> "$work/err"; then
  echo "bundle smoke: a random file was accepted" >&2; exit 1
fi
[ "$(wc -l < "$work/err")" -eq 1 ] || { echo "bundle smoke: error was not one line" >&2; cat "$work/err" >&2; exit 1; }
"$exe" demo --db "$work/demo.db" > /dev/null
"$exe" report --db "$work/demo.db" --plan 177/KH-UBND --period 2023-Q4 --kind progress --format pdf --out "$work/r.pdf"
"$exe" report --db "$work/demo.db" --plan 177/KH-UBND --period 2023-Q4 --kind tasklist --format docx --out "$work/r.docx"
[ -s "$work/r.pdf" ] && [ -s "$work/r.docx" ] || { echo "bundle smoke: reports were not written" >&2; exit 1; }
qm=$(find "$bundle" -name 'theodoi_vi.qm' | head -n 1)
[ -n "$qm" ] || { echo "bundle smoke: the Vietnamese translation (.qm) is not in the bundle" >&2; exit 1; }
echo "bundle smoke: OK"
