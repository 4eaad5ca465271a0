#!/usr/bin/env bash
# Meet `poortwachter batch` zoals docs/prestaties.md het beschrijft: CPU-tijd per casus (user + sys)
# naast wall, op de echte schijf en op tmpfs, met --taken 1 en 2, in een lege map en bij het vervangen
# van bestaande dossiers; daarna de systeemaanroepen per casus (strace -c, minus een run van één
# casus voor de vaste opstart). Drukt een tabel in Markdown af, met de belasting van de machine.
#
#   Benchmarks/batch-meting.sh [aantal] [schijfmap]     (standaard 10000 en ${TMPDIR:-/tmp})
#
# Nodig: een release-build (`swift build -c release`), /usr/bin/time (Debian: time) en voor de
# telling strace. De casussen komen van `poortwachter genereer` (deterministisch).
set -euo pipefail
cd "$(dirname "$0")/.."

count=${1:-10000}
disk=${2:-${TMPDIR:-/tmp}}
bin=.build/release/poortwachter
peildatum=2026-11-22
[ -x "$bin" ] || { echo "eerst: swift build -c release" >&2; exit 1; }

work=$(mktemp -d "$disk/poortwachter-meting.XXXXXX")
shm=$(mktemp -d /dev/shm/poortwachter-meting.XXXXXX)
trap 'rm -rf "$work" "$shm"' EXIT
"$bin" genereer --aantal "$count" --uit "$work/casussen" >/dev/null
mkdir -p "$work/een"
cp "$work/casussen/syn-0.yaml" "$work/een/"

# One run: prints "wall user sys rss" (seconds, KB). Exit code 1 (findings) is expected.
run() {
  local out=$1 jobs=$2
  /usr/bin/time -f '%e %U %S %M' -o "$work/time" "$bin" batch "$work/casussen" --uit "$out" \
    --peildatum "$peildatum" --taken "$jobs" >/dev/null 2>&1 || true
  tail -n 1 "$work/time"
}

row() {
  local label=$1 out=$2-j$3 jobs=$3 fresh=$4
  # "leeg" is a folder never used before, not one just emptied with rm -rf: ext4 does not reuse an
  # inode freed in the last minutes and scans past every such inode when it allocates one
  # (recently_deleted in find_inode_bit), so a batch right after removing thousands of dossiers
  # pays seconds of system time for that removal. "vervangen" reuses the folder of the row before.
  read -r wall user sys rss < <(run "$out" "$jobs")
  awk -v l="$label" -v j="$jobs" -v f="$fresh" -v w="$wall" -v u="$user" -v s="$sys" -v r="$rss" -v n="$count" \
    'BEGIN { printf "| %s | %s | %s | %.2f s | %.2f s | %.2f s | %.3f ms | %.3f ms | %d MB |\n",
      l, j, f, w, u, s, (u + s) * 1000 / n, s * 1000 / n, r / 1024 }'
}

echo "Machine: $(nproc) kernen; belasting vooraf: $(cut -d' ' -f1-3 /proc/loadavg); $count casussen"
echo
echo "| uitvoer | --taken | map | wall | user | sys | CPU per casus | sys per casus | max RSS |"
echo "|---|---|---|---|---|---|---|---|---|"
for target in "tmpfs:$shm/uit" "schijf:$work/uit"; do
  label=${target%%:*}
  out=${target#*:}
  row "$label" "$out" 1 leeg
  row "$label" "$out" 2 leeg
  row "$label" "$out" 2 vervangen
done
echo
echo "Belasting achteraf: $(cut -d' ' -f1-3 /proc/loadavg)"

if command -v strace >/dev/null; then
  # System calls per case: a run over all cases minus a run over one case (start-up, reports).
  calls() {
    local input=$1 out=$2
    strace -f -c -o "$work/strace" "$bin" batch "$input" --uit "$out" --peildatum "$peildatum" --taken 2 \
      >/dev/null 2>&1 || true
    # Columns: % time, seconds, usecs/call, calls, [errors,] syscall.
    awk 'NF >= 5 && $4 ~ /^[0-9]+$/ { print $NF, $4 }' "$work/strace"
  }
  echo
  echo "Systeemaanroepen per casus (schijf, --taken 2):"
  echo
  echo "| aanroep | lege map | vervangen |"
  echo "|---|---|---|"
  rm -rf "$work/s1" "$work/sn"
  calls "$work/een" "$work/s1" >"$work/one-fresh"
  calls "$work/casussen" "$work/sn" >"$work/all-fresh"
  calls "$work/een" "$work/s1" >"$work/one-again"
  calls "$work/casussen" "$work/sn" >"$work/all-again"
  for name in openat newfstatat statx read write close mkdir rename renameat2 unlink unlinkat rmdir \
    getdents64 linkat fsync; do
    awk -v name="$name" -v n="$count" '
      FILENAME ~ /one-fresh/ && $1 == name { one1 = $2 } FILENAME ~ /all-fresh/ && $1 == name { all1 = $2 }
      FILENAME ~ /one-again/ && $1 == name { one2 = $2 } FILENAME ~ /all-again/ && $1 == name { all2 = $2 }
      END { if (all1 + all2 > 0) printf "| %s | %.2f | %.2f |\n", name, (all1 - one1) / (n - 1), (all2 - one2) / (n - 1) }' \
      "$work/one-fresh" "$work/all-fresh" "$work/one-again" "$work/all-again"
  done
fi
