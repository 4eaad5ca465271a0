#!/usr/bin/env bash
# Builds the Debian package poortwachter_<versie>_<arch>.deb with dpkg-deb, without network:
# the release binary (Swift runtime and Foundation linked in, -static-stdlib), the templates and
# XSD, the JSON Schema, the sample cases, shell completions (bash, zsh, fish) and the man page,
# all installed by `make install PREFIX=/usr` into a staging folder (docs/installatie.md).
#
# Gebruik: Scripts/maak-deb.sh [uitvoermap]        (standaard: dist/)
# Het pakket noemt libxml2 en de andere gedeelde bibliotheken van het programma in Depends (zoals
# dpkg-shlibdeps ze vindt), en beveelt chromium en poppler-utils aan (Recommends).
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-dist}
bin=.build/release/poortwachter

if [ ! -x "$bin" ]; then make build; fi
# A binary that still needs the Swift runtime of the build machine would not run elsewhere.
if grep -Eq 'libswift|libFoundation|lib_FoundationICU' <<<"$(ldd "$bin")"; then
  echo "fout: $bin is niet statisch gelinkt tegen de Swift-runtime (-static-stdlib); zie Package.swift" >&2
  exit 1
fi

version=$("$bin" --versie | sed -n '1s/^poortwachter //p')
arch=$(dpkg --print-architecture)
[ -n "$version" ] || { echo "fout: geen versie uit '$bin --versie'" >&2; exit 1; }

staging=$(mktemp -d)
trap 'rm -rf "$staging"' EXIT
root=$staging/root
make --no-print-directory install DESTDIR="$root" PREFIX=/usr ZSHDIR=/usr/share/zsh/vendor-completions >/dev/null
# Debian installs programs without their symbol tables (88 -> 63 MB; ICU's data is most of the rest).
strip --strip-unneeded "$root/usr/bin/poortwachter"
install -d "$root/usr/share/doc/poortwachter"
install -m 644 README.md "$root/usr/share/doc/poortwachter/README.md"

# Depends: the shared libraries the binary links, by package, as dpkg-shlibdeps reads them from
# this machine's package database (it wants a debian/control to read; a minimal one will do).
mkdir -p "$staging/shlibs/debian"
printf 'Source: poortwachter\n\nPackage: poortwachter\nArchitecture: any\n' >"$staging/shlibs/debian/control"
depends=$(cd "$staging/shlibs" && dpkg-shlibdeps -O "$root/usr/bin/poortwachter" 2>/dev/null | sed -n 's/^shlibs:Depends=//p')
case "$depends" in *libxml2*) ;; *) echo "fout: Depends noemt libxml2 niet: $depends" >&2; exit 1 ;; esac

install -d "$root/DEBIAN"
cat >"$root/DEBIAN/control" <<CONTROL
Package: poortwachter
Version: $version
Architecture: $arch
Maintainer: ${DEB_MAINTAINER:-poortwachter <poortwachter@localhost>}
Installed-Size: $(du -sk --exclude=DEBIAN "$root" | cut -f1)
Depends: $depends
Recommends: chromium, poppler-utils
Suggests: tesseract-ocr-nld
Section: utils
Priority: optional
Description: verzuimdossiers toetsen aan de Wet verbetering poortwachter
 poortwachter controleert verzuimdossiers (casusbestanden in YAML of XML) aan de
 Wet verbetering poortwachter, berekent elke wettelijke termijn en maakt het
 re-integratieverslag (HTML en XML) en het UWV-pakket (PDF's via Chromium).
 Voorbeeldcasussen staan in /usr/share/poortwachter/voorbeelden.
CONTROL

mkdir -p "$out"
deb="$out/poortwachter_${version}_${arch}.deb"
dpkg-deb --root-owner-group -Zxz --build "$root" "$deb" >/dev/null
echo "$deb ($(du -k "$deb" | cut -f1) KB; Depends: $depends)"
