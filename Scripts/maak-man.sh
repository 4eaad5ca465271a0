#!/usr/bin/env bash
# Writes the Dutch man page poortwachter(1) to stdout, from the help the program itself prints
# (`poortwachter --help` and `poortwachter <commando> --help`), so the page says exactly what the
# installed version does. argument-parser's generate-manual plugin writes English headings and
# cannot be translated; this keeps the page in one language.
#
# Gebruik: Scripts/maak-man.sh <pad naar poortwachter> > poortwachter.1
set -euo pipefail
bin=${1:?gebruik: Scripts/maak-man.sh <pad naar poortwachter>}

# roff: a backslash is written \e, and a line may not start with . or ' (it would be a request).
escape() { sed -e 's/\\/\\e/g' -e "s/^\\([.']\\)/\\\\\\&\\1/"; }

help=$(COLUMNS=78 "$bin" --help)
version=$("$bin" --versie 2>/dev/null | head -n 1 || true)
# The commands, in the order of the help's COMMANDO'S list (genereer is hidden there, and here).
commands=$(printf '%s\n' "$help" | sed -n "/^COMMANDO'S:/,/^\$/p" | sed -n 's/^  \([a-z][a-z-]*\) .*/\1/p')

cat <<ROFF
.TH POORTWACHTER 1 "" "${version:-poortwachter}" "Gebruikershandleiding"
.SH NAAM
poortwachter \\- controleert verzuimdossiers aan de Wet verbetering poortwachter en maakt het re\\-integratieverslag
.SH OVERZICHT
.B poortwachter
.I commando
[\\fIopties\\fR]
.br
.B poortwachter \\-\\-versie
.SH BESCHRIJVING
.nf
ROFF
printf '%s\n' "$help" | escape
echo ".fi"
echo ".SH COMMANDO'S"
for command in $commands; do
  echo ".SS $command"
  echo ".nf"
  COLUMNS=78 "$bin" "$command" --help | escape
  echo ".fi"
done
cat <<'ROFF'
.SH BESTANDEN
.TP
.I <prefix>/share/poortwachter/Templates
De ingebouwde sjablonen en het XML\-schema riv.xsd.
.TP
.I <prefix>/share/poortwachter/schema/poortwachter\-1.schema.json
Het JSON Schema van het casusformaat; een casusbestand van
.B poortwachter nieuw
verwijst ernaar.
.TP
.I <prefix>/share/poortwachter/voorbeelden
Voorbeeldcasussen.
.SH OMGEVING
.TP
.B POORTWACHTER_SJABLONEN
De map met de ingebouwde sjablonen (met riv.xsd), als die niet naast het programma staat.
Zonder deze variabele zoekt poortwachter in
.I <bin>/../share/poortwachter/Templates
en
.IR <bin>/Templates .
.TP
.B NO_COLOR
Uitvoer zonder kleur.
.SH ZIE OOK
docs/installatie.md, docs/werkwijze.md en docs/casusformaat.md in de broncode van poortwachter.
ROFF
