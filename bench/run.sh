#!/usr/bin/env bash
# Benchmarks start-up, the first screen and portfolio throughput; prints one Markdown table.
#   bench/run.sh            full run (15 iterations, portfolios of 10,000 and 100,000 clients)
#   bench/run.sh --quick    a few iterations and small portfolios: checks that the benchmark works (CI)
# Measures the default Java (JAVA_HOME, or java on PATH) and, when installed, Java 25 side by side, and
# the peer (bench/peer: Node.js + @inquirer/prompts) when Node.js is there. Needs python3 (standard
# library only). Asserts no timings. Results: docs/performance.md.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
if ! command -v python3 >/dev/null 2>&1; then
  echo "bench/run.sh: python3 is needed to run the benchmark" >&2
  exit 2
fi
quick=0
for arg in "$@"; do [ "$arg" = --quick ] && quick=1; done
default_home=${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")}
homes=(--java "$default_home")
for candidate in /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/java-25-openjdk-amd64; do
  if [ -x "$candidate/bin/java" ] && [ "$(readlink -f "$candidate")" != "$(readlink -f "$default_home")" ]; then
    homes+=(--java "$candidate")
    break
  fi
done

# The peer. The full run installs it from the lock file (npm ci) when it is missing; the quick run (CI)
# never goes to the network: it measures the peer if it is installed and says so when it is not. A slow
# or unreachable registry only skips the row.
peer="$root/bench/peer"
peer_args=()
if ! command -v node >/dev/null 2>&1; then
  peer_args=(--peer-note "Node.js is not installed")
elif [ -d "$peer/node_modules/@inquirer/prompts" ]; then
  peer_args=(--peer "$peer")
elif [ "$quick" = 1 ]; then
  peer_args=(--peer-note "not installed (the quick run does not install it: run bench/run.sh once, or npm ci in bench/peer)")
elif ! command -v npm >/dev/null 2>&1; then
  peer_args=(--peer-note "npm is not installed")
elif (cd "$peer" && timeout 180 npm ci --no-audit --no-fund --loglevel=error) >&2 </dev/null; then
  peer_args=(--peer "$peer")
else
  peer_args=(--peer-note "npm ci failed (registry slow or unreachable?)")
fi

"$root/bin/should-i-fire-client" --version >/dev/null   # builds the jar if needed
exec python3 "$root/bench/bench.py" "${homes[@]}" "${peer_args[@]}" "$@"
