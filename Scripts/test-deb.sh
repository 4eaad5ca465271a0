#!/usr/bin/env bash
# Installs a poortwachter .deb into a throwaway root with its own dpkg database (the machine's own
# database and /usr are not touched), runs `check` and `pakket` on the installed samples with the
# INSTALLED program from a folder outside the checkout, shows that it reads nothing of the
# checkout, and removes the package again with dpkg. Used by CI (.ci/run); docs/installatie.md.
#
# Gebruik: Scripts/test-deb.sh dist/poortwachter_<versie>_<arch>.deb
set -euo pipefail
deb=$(realpath "${1:?gebruik: Scripts/test-deb.sh <pakket.deb>}")
checkout=$(cd "$(dirname "$0")/.." && pwd)
root=$(mktemp -d)
trap '[ -n "${KEEP:-}" ] || rm -rf "$root"' EXIT
fail() { echo "test-deb: $*" >&2; exit 1; }

# The package's dependencies are on this machine, not in the empty root's database.
mkdir -p "$root/var/lib/dpkg/info" "$root/var/lib/dpkg/updates"
touch "$root/var/lib/dpkg/status"
dpkg --root="$root" --log="$root/dpkg.log" --force-depends -i "$deb" >/dev/null 2>"$root/dpkg-fouten.txt" \
  || { cat "$root/dpkg-fouten.txt"; fail "dpkg -i mislukte"; }
listed=$(dpkg --root="$root" -L poortwachter)
grep -qx /usr/bin/poortwachter <<<"$listed" || fail "dpkg kent /usr/bin/poortwachter niet"

bin=$root/usr/bin/poortwachter
if grep -Eq 'libswift|libFoundation' <<<"$(ldd "$bin")"; then fail "het programma heeft de Swift-runtime van buiten nodig"; fi
cd "$root"
unset POORTWACHTER_SJABLONEN POORTWACHTER_TEMPLATES
versie=$("$bin" --versie)
echo "$versie"
grep -qx "sjablonen: $root/usr/share/poortwachter/Templates (installatie)" <<<"$versie" \
  || fail "--versie noemt de geïnstalleerde sjablonen niet"

samples=$root/usr/share/poortwachter/voorbeelden
# The samples include cases with findings on purpose: exit 1 is expected, anything above is not.
run() {
  local status=0
  "$@" >"$root/uitvoer.txt" 2>&1 || status=$?
  if [ "$status" -gt 1 ]; then cat "$root/uitvoer.txt"; fail "$* eindigde met $status"; fi
}
if command -v strace >/dev/null 2>&1; then
  trace() { strace -f -qq -e trace=%file -o "$root/trace.txt" "$@"; }
else
  trace() { "$@"; }
fi
run trace "$bin" check "$samples" --peildatum 2026-11-22
tail -n 1 "$root/uitvoer.txt"
run trace "$bin" pakket "$samples" --uit "$root/dossiers" --peildatum 2026-11-22
pdfs=$(find "$root/dossiers" \( -path '*/uwv/*.pdf' -o -path '*/uwv-concept/*.pdf' \) | wc -l)
[ "$pdfs" -gt 0 ] || fail "pakket maakte geen PDF's"
echo "pakket met het geïnstalleerde programma: $pdfs PDF's in $(find "$root/dossiers" -mindepth 1 -maxdepth 1 -type d | wc -l) dossiers"
if [ -f "$root/trace.txt" ]; then
  if grep -qF "\"$checkout/" "$root/trace.txt"; then
    fail "het geïnstalleerde programma las in de broncode ($checkout)"
  fi
  echo "strace: geen bestand uit $checkout gelezen"
fi
# A bare copy of the program, without templates next to it, finds none: it never falls back on
# the checkout it was built from.
mkdir "$root/kopie" && cp "$bin" "$root/kopie/poortwachter"
status=0
"$root/kopie/poortwachter" render "$samples/vz-2023-0412.yaml" --uit "$root/kopie/uit" >/dev/null 2>&1 || status=$?
[ "$status" -eq 78 ] || fail "een kale kopie eindigde met $status in plaats van 78"
rm -r "$root/kopie"

if command -v man >/dev/null 2>&1; then
  man -l "$root/usr/share/man/man1/poortwachter.1.gz" >/dev/null 2>&1 || fail "man -l leest de handleiding niet"
fi
bash -n "$root/usr/share/bash-completion/completions/poortwachter"
if command -v zsh >/dev/null 2>&1; then zsh -n "$root/usr/share/zsh/vendor-completions/_poortwachter"; fi

dpkg --root="$root" --log="$root/dpkg.log" -r poortwachter >/dev/null
left=$( (find "$root/usr" -type f 2>/dev/null || true) | wc -l)
[ "$left" -eq 0 ] || { find "$root/usr" -type f >&2; fail "na dpkg -r staan er nog $left bestanden"; }
if dpkg --root="$root" -s poortwachter >/dev/null 2>&1; then fail "dpkg kent het pakket na -r nog"; fi
echo "test-deb: geïnstalleerd, check en pakket gedraaid, verwijderd zonder resten"
