#!/usr/bin/env bash
# The safe-sharing check over a dense reflection of 2,000 words (six numbers in every sentence),
# with the shipped rules, after warm-up: median, p95 and max of 201 runs. The target is a median
# under 10 ms, so the check before handing in is instant for the trainee.
#
#   benchmarks/safe-sharing-check.sh [words]
#
# Figures are appended to benchmarks/results/safe-sharing-check.md.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"
# Maven prints colour codes even with -B; without them the result line starts the line.
result=$(mvn -q -B -Dstyle.color=never test-compile exec:java -Dexec.classpathScope=test \
  -Dexec.mainClass=org.alongside.safety.SafeSharingCheckBenchmark -Dexec.args="${1:-2000}" | grep -o 'RESULT .*')
echo "$result"
printf '| %s | %s cores | load %s | `%s` |\n' "$(date -u +%F)" "$(nproc)" "$(cut -d' ' -f1 /proc/loadavg)" "${result#RESULT }" \
  >> benchmarks/results/safe-sharing-check.md
