#!/usr/bin/env bash
# Builds the libFuzzer target for the case loader (Fuzz/FuzzLoader.swift) with AddressSanitizer and
# runs it. Exits non-zero on any crash, leak, timeout or out-of-memory; the input that caused it is
# kept in .build-fuzz/artefacten/. See docs/fuzzing.md.
#
#   Fuzz/run.sh [seconden] [extra libFuzzer-opties...]     (standaard 60 seconden)
#   Fuzz/run.sh 0 .build-fuzz/artefacten/crash-...           (één invoer opnieuw afspelen)
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=${1:-60}
shift || true
build=.build-fuzz
# -enable-testing: the target reads the loader's internals (the YAML pre-scan) with @testable import.
flags=(-c release --build-path "$build" -Xswiftc -sanitize=fuzzer,address -Xcc -fsanitize=fuzzer-no-link,address
  -Xswiftc -enable-testing)

# 1. The library and its dependencies as instrumented objects (PoortwachterTestSupport brings the
#    libyaml event reader the pre-scan is checked against). SwiftPM cannot link the fuzz target
#    itself (libFuzzer brings its own main), so only library targets are built here.
swift build "${flags[@]}" --target PoortwachterTestSupport
bin=$(swift build "${flags[@]}" --show-bin-path)

# 2. Link the entry point with those objects; libFuzzer provides main().
#    A Swift target's objects are taken from its current source list: a file that was renamed or
#    moved to another target leaves its old object behind.
objects=("$bin"/CYaml.build/src/*.o)
for target in PoortwachterKit PoortwachterTemplates PoortwachterTestSupport Yams; do
  while read -r source; do objects+=("$bin/$target.build/$(basename "$source").o"); done <"$bin/$target.build/sources"
done
swiftc -O -parse-as-library -sanitize=fuzzer,address -use-ld=lld \
  -I "$bin/Modules" \
  -Xcc -fmodule-map-file=Sources/CLibXML2/module.modulemap -Xcc -I/usr/include/libxml2 \
  -Xcc -fmodule-map-file="$build/checkouts/Yams/Sources/CYaml/include/module.modulemap" \
  Fuzz/FuzzLoader.swift "${objects[@]}" -lxml2 -o "$build/fuzz-loader"

# 3. Seeds: every sample and fixture; the corpus grows in .build-fuzz/corpus between runs.
mkdir -p "$build/corpus" "$build/zaden" "$build/artefacten"
cp SampleCases/*.yaml Tests/PoortwachterKitTests/Fixtures/xml/*.xml "$build/zaden/"
for golden in Tests/PoortwachterKitTests/Golden/*.riv.xml; do cp "$golden" "$build/zaden/"; done

export POORTWACHTER_TEMPLATES="$PWD/Templates"
# Swift's own crash backtracer would run inside ASan's signal handling; libFuzzer reports instead.
export SWIFT_BACKTRACE=enable=no
# One-time allocations of Swift globals are not leaks (see Fuzz/lsan.supp).
export LSAN_OPTIONS="suppressions=$PWD/Fuzz/lsan.supp:print_suppressions=0"
[ "$seconds" = 0 ] && exec "$build/fuzz-loader" "$@"
exec "$build/fuzz-loader" "$build/corpus" "$build/zaden" \
  -dict=Fuzz/poortwachter.dict -max_total_time="$seconds" -max_len=65536 -timeout=10 -rss_limit_mb=2048 \
  -detect_leaks=1 -print_final_stats=1 -artifact_prefix="$build/artefacten/" "$@"
