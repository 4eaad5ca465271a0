#!/usr/bin/env bash
# Builds the two libFuzzer targets with AddressSanitizer and runs them, each for half the time:
#   fuzz-loader  Fuzz/FuzzLoader.swift: any bytes, as YAML or XML, up to the tool's default
#                --max-grootte (1 MiB), each input within a time budget;
#   fuzz-xml     Fuzz/FuzzCaseXML.swift: XML case files that are well-formed and shaped like a case,
#                written from the fuzz input as a recipe.
# Exits non-zero on any crash, leak, timeout or out-of-memory; the input that caused it is kept in
# .build-fuzz/artefacten/ (named loader-... or xml-...). See docs/fuzzing.md.
#
#   Fuzz/run.sh [seconden] [extra libFuzzer-opties...]     (standaard 60 seconden, samen)
#   Fuzz/run.sh 0 .build-fuzz/artefacten/loader-crash-...   (één invoer opnieuw afspelen)
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=${1:-60}
shift || true
build=.build-fuzz
# -enable-testing: the targets read the loader's internals (the YAML pre-scan) with @testable import.
flags=(-c release --build-path "$build" -Xswiftc -sanitize=fuzzer,address -Xcc -fsanitize=fuzzer-no-link,address
  -Xswiftc -enable-testing)

# 1. The library and its dependencies as instrumented objects (PoortwachterTestSupport brings the
#    libyaml event reader the pre-scan is checked against). SwiftPM cannot link the fuzz targets
#    themselves (libFuzzer brings its own main), so only library targets are built here.
swift build "${flags[@]}" --target PoortwachterTestSupport
bin=$(swift build "${flags[@]}" --show-bin-path)

# 2. Link each entry point with those objects; libFuzzer provides main().
#    A Swift target's objects are taken from its current source list: a file that was renamed or
#    moved to another target leaves its old object behind.
objects=("$bin"/CYaml.build/src/*.o)
for target in PoortwachterCore PoortwachterOutput PoortwachterWorkspace PoortwachterTemplates PoortwachterTestSupport Yams; do
  while read -r source; do objects+=("$bin/$target.build/$(basename "$source").o"); done <"$bin/$target.build/sources"
done
link() {
  swiftc -O -parse-as-library -sanitize=fuzzer,address -use-ld=lld \
    -I "$bin/Modules" \
    -Xcc -fmodule-map-file=Sources/CLibXML2/module.modulemap -Xcc -I/usr/include/libxml2 \
    -Xcc -fmodule-map-file=Sources/CZlib/module.modulemap \
    -Xcc -fmodule-map-file="$build/checkouts/Yams/Sources/CYaml/include/module.modulemap" \
    "$1" "${objects[@]}" -lxml2 -lz -o "$2"
}
link Fuzz/FuzzLoader.swift "$build/fuzz-loader"
link Fuzz/FuzzCaseXML.swift "$build/fuzz-xml"

# 3. Seeds for the loader: every sample and fixture; each corpus grows in .build-fuzz between runs.
#    The XML target starts from nothing: every input is a recipe, the empty one a minimal case.
mkdir -p "$build/corpus" "$build/corpus-xml" "$build/zaden" "$build/artefacten"
cp SampleCases/*.yaml Tests/PoortwachterKitTests/Fixtures/xml/*.xml "$build/zaden/"
for golden in Tests/PoortwachterKitTests/Golden/*.riv.xml; do cp "$golden" "$build/zaden/"; done

export POORTWACHTER_TEMPLATES="$PWD/Templates"
# Swift's own crash backtracer would run inside ASan's signal handling; libFuzzer reports instead.
export SWIFT_BACKTRACE=enable=no
# One-time allocations of Swift globals are not leaks (see Fuzz/lsan.supp).
export LSAN_OPTIONS="suppressions=$PWD/Fuzz/lsan.supp:print_suppressions=0"
if [ "$seconds" = 0 ]; then
  case "$(basename "${1:-}")" in
    xml-*) exec "$build/fuzz-xml" "$@" ;;
    *) exec "$build/fuzz-loader" "$@" ;;
  esac
fi
common=(-detect_leaks=1 -print_final_stats=1 -rss_limit_mb=2048)
# The loader takes inputs up to the tool's default --max-grootte (1 MiB): the whole range a user's
# file can have. Each input has a budget of 5 s (under AddressSanitizer; a release build judges
# every such input in well under a second, see docs/prestaties.md).
status=0
"$build/fuzz-loader" "$build/corpus" "$build/zaden" -dict=Fuzz/poortwachter.dict \
  -max_total_time="$((seconds - seconds / 2))" -max_len=1048576 -timeout=5 \
  -artifact_prefix="$build/artefacten/loader-" "${common[@]}" "$@" || status=$?
# A recipe is read from its start and a short one is a small case (every choice past its end is
# "leave it out"), so recipes get their full length from the start (-len_control=0).
"$build/fuzz-xml" "$build/corpus-xml" -max_total_time="$((seconds / 2))" -max_len=4096 -len_control=0 -timeout=10 \
  -artifact_prefix="$build/artefacten/xml-" "${common[@]}" "$@" || status=$?
exit "$status"
