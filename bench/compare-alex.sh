#!/usr/bin/env bash
# Compares the engine's throughput with alex (npm), on the same English texts, in one run.
# alex is installed in a temporary folder from the npm registry and removed afterwards.
# Prints texts/second and ms per 2,500-word report for alex, the engine and the bare OpenNLP
# pass, and as its last line: "throughput ratio engine/alex: N.N".
# Usage: bench/compare-alex.sh [seconds per measurement, default 5]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-5}"

if [ ! -f bench/target/benchmarks.jar ]; then
  ./mvnw -q -B -DskipTests -Pbench -pl bench -am package >/dev/null
fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
(cd "$tmp" && npm init -y >/dev/null 2>&1 && npm install --no-audit --no-fund --silent alex@11 >/dev/null 2>&1)

cat >"$tmp/alex-throughput.mjs" <<'JS'
import {readFileSync} from 'node:fs'
import {text} from 'alex'
const seconds = Number(process.argv[3])
const notes = readFileSync(process.argv[2], 'utf8').split('\n').filter(l => l.trim() && !l.startsWith('#'))
let report = '', words = 0
for (let i = 0; words < 2500; i++) {
  const n = notes[i % notes.length]
  report += n + (i % 4 === 3 ? '\n\n' : ' ')
  words += n.split(/\s+/).length
}
function measure(task) {
  const end = performance.now() + seconds * 1000
  const start = performance.now()
  let runs = 0
  while (performance.now() < end || runs < 3) { task(); runs++ }
  return runs / ((performance.now() - start) / 1000)
}
const allNotes = () => notes.forEach(n => text(n))
measure(allNotes)
const rate = notes.length * measure(allNotes)
measure(() => text(report))
const reportMs = 1000 / measure(() => text(report))
console.log(`alex_notes_per_s ${rate.toFixed(0)}`)
console.log(`alex_report_ms ${reportMs.toFixed(2)}`)
JS

alex=$(cd "$tmp" && node alex-throughput.mjs "$OLDPWD/bench/texts/notes.en.txt" "$seconds")
engine=$(java -Dhgw.bench.texts=bench/texts -cp bench/target/benchmarks.jar nl.hgw.bench.Throughput en "$seconds" 2>/dev/null)
printf '%s\n%s\n' "$alex" "$engine"

get() { printf '%s\n%s\n' "$alex" "$engine" | awk -v k="$1" '$1 == k {print $2}'; }
awk -v e="$(get engine_notes_per_s)" -v a="$(get alex_notes_per_s)" -v b="$(get bare_notes_per_s)" \
    -v er="$(get engine_report_ms)" -v ar="$(get alex_report_ms)" -v br="$(get bare_report_ms)" 'BEGIN {
  printf "short notes: engine %.0f/s, alex %.0f/s, bare OpenNLP %.0f/s (engine costs %.2fx the bare pass)\n", e, a, b, b / e
  printf "2,500-word report: engine %.1f ms, alex %.1f ms, bare OpenNLP %.1f ms (engine costs %.2fx the bare pass; %.1fx alex throughput)\n", er, ar, br, er / br, ar / er
  printf "throughput ratio engine/alex: %.1f\n", e / a
}'
