#!/usr/bin/env bash
# Benchmarks start-up, the first prompt and portfolio throughput; prints one Markdown table per JVM.
#   bench/run.sh            full run (15 iterations, portfolios of 10,000 and 100,000 clients)
#   bench/run.sh --quick    a few iterations and small portfolios: checks that the benchmark works (CI)
# Measures the default Java (JAVA_HOME, or java on PATH) and, when installed, Java 25 side by side.
# Needs python3 (standard library only). Asserts no timings. Results: docs/performance.md.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
if ! command -v python3 >/dev/null 2>&1; then
  echo "bench/run.sh: python3 is needed to run the benchmark" >&2
  exit 2
fi
default_home=${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")}
homes=(--java "$default_home")
for candidate in /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/java-25-openjdk-amd64; do
  if [ -x "$candidate/bin/java" ] && [ "$(readlink -f "$candidate")" != "$(readlink -f "$default_home")" ]; then
    homes+=(--java "$candidate")
    break
  fi
done
"$root/bin/should-i-fire-client" --version >/dev/null   # builds the jar if needed
exec python3 "$root/bench/bench.py" "${homes[@]}" "$@"
