#!/usr/bin/env bash
# Meet `poortwachter serve` van buiten, zoals docs/serve.md (Prestaties) het beschrijft: casussen
# maken met `genereer`, de server starten op een vrije poort van 127.0.0.1, aanmelden met het token,
# de tijd tot de eerste werkvoorraad, en dan `wrk` met 2 verbindingen op de werkvoorraad, een
# gefilterde werkvoorraad en een casuspagina (verzoeken per seconde en p99). Daarna het geheugen
# (max RSS) en de CPU-tijd van de server (user + sys), met de belasting van de machine: andere
# processen op dezelfde kernen maken de wandklok onbetrouwbaar, de CPU-tijd niet.
#
#   Benchmarks/serve-wrk.sh [aantal] [map] [duur]     (standaard 10000, ${TMPDIR:-/tmp} en 20s)
#
# Met map /dev/shm staan de casussen op tmpfs. Nodig: een release-build (`swift build -c release`),
# curl en wrk. De casussen komen van `poortwachter genereer` (deterministisch).
set -euo pipefail
cd "$(dirname "$0")/.."

count=${1:-10000}
disk=${2:-${TMPDIR:-/tmp}}
duration=${3:-20s}
bin=${POORTWACHTER:-.build/release/poortwachter}
peildatum=2026-11-22
[ -x "$bin" ] || { echo "eerst: swift build -c release" >&2; exit 1; }
command -v wrk >/dev/null || { echo "wrk ontbreekt (apt-get install wrk)" >&2; exit 1; }

work=$(mktemp -d "$disk/poortwachter-serve-meting.XXXXXX")
pid=
cleanup() {
  [ -n "$pid" ] && kill "$pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
"$bin" genereer --aantal "$count" --uit "$work/casussen" >/dev/null
# A file changed less than a second before it is read is read again at the next refresh (its
# stamp cannot be trusted yet); real case files are older than that.
sleep 2
hz=$(getconf CLK_TCK)
# User + sys seconds of process $1 so far.
cpu() { awk -v hz="$hz" '{ printf "%.2f", ($14 + $15) / hz }' "/proc/$1/stat"; }
now() { date +%s.%N; }

echo "Machine: $(nproc) kernen; belasting vooraf: $(cut -d' ' -f1-3 /proc/loadavg); $count casussen in $disk"
start=$(now)
"$bin" serve "$work/casussen" --poort 0 --peildatum "$peildatum" >"$work/out" 2>"$work/err" &
pid=$!
url=
for _ in $(seq 1 1200); do
  url=$(sed -n 's/^Open in de browser: //p' "$work/out")
  [ -n "$url" ] && break
  kill -0 "$pid" 2>/dev/null || { cat "$work/err" >&2; exit 1; }
  sleep 0.05
done
[ -n "$url" ] || { echo "de server gaf geen adres" >&2; exit 1; }
listening=$(now)
origin=${url%%/\?token=*}
cookie=$(curl -s -o /dev/null -D - "$url" | sed -n 's/^[Ss]et-[Cc]ookie: \(poortwachter_sessie=[0-9a-f]*\).*/\1/p')
[ -n "$cookie" ] || { echo "aanmelden mislukte" >&2; exit 1; }
curl -s -f -H "Cookie: $cookie" "$origin/" >"$work/eerste.html"
first=$(now)
first_cpu=$(cpu "$pid")
id=$(grep -m 1 -o 'href="/casus/[0-9a-f]\{16\}"' "$work/eerste.html" | sed 's/.*casus\/\([0-9a-f]*\)"/\1/')
[ -n "$id" ] || { echo "geen casus op de werkvoorraad" >&2; exit 1; }
rss_open=$(awk '/VmRSS/ { print int($2 / 1024) }' "/proc/$pid/status")

echo
echo "| meting | waarde |"
echo "|---|---|"
awk -v s="$start" -v l="$listening" -v f="$first" -v c="$first_cpu" 'BEGIN {
  printf "| start tot adres in de terminal | %.2f s |\n", l - s
  printf "| start tot eerste werkvoorraad | %.2f s (CPU tot dan: %.2f s) |\n", f - s, c }'
echo "| RSS na de eerste werkvoorraad | $rss_open MB |"
echo
echo "| pagina (wrk -c2 -t2 -d$duration) | verzoeken/s | p50 | p99 | CPU server |"
echo "|---|---|---|---|---|"
for target in "werkvoorraad:/" "werkvoorraad, gefilterd en gesorteerd:/?filter=actie&sorteer=risico&pagina=2" \
  "casus:/casus/$id"; do
  label=${target%%:*}
  path=${target#*:}
  before=$(cpu "$pid")
  wrk -c2 -t2 -d"$duration" --latency -H "Cookie: $cookie" "$origin$path" >"$work/wrk" 2>&1
  after=$(cpu "$pid")
  rps=$(awk '/^Requests\/sec/ { print $2 }' "$work/wrk")
  p50=$(awk '$1 == "50%" { print $2 }' "$work/wrk")
  p99=$(awk '$1 == "99%" { print $2 }' "$work/wrk")
  errors=$(grep -c 'Non-2xx\|Socket errors' "$work/wrk" || true)
  [ "$errors" = 0 ] || { echo "wrk meldt fouten voor $label:" >&2; cat "$work/wrk" >&2; }
  awk -v l="$label" -v r="$rps" -v a="$p50" -v b="$p99" -v x="$before" -v y="$after" 'BEGIN {
    printf "| %s | %s | %s | %s | %.2f s |\n", l, r, a, b, y - x }'
done
rss_max=$(awk '/VmHWM/ { print int($2 / 1024) }' "/proc/$pid/status")
echo
echo "Max RSS van de server: $rss_max MB; CPU van de server in totaal: $(cpu "$pid") s"
echo "Belasting achteraf: $(cut -d' ' -f1-3 /proc/loadavg)"
