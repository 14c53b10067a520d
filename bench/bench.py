#!/usr/bin/env python3
"""Start-up, first-prompt and throughput benchmark for should-i-fire-client.

Measures, side by side in one run and for every JVM given: the `java Hello` floor, one client in batch
mode, --help, --version, the time until the first screen is drawn in a pseudo-terminal, and portfolio
throughput. Reports medians, ratios against the floor of the same JVM, and peak RSS (ru_maxrss of the
measured process). Asserts nothing: it prints a table (Markdown) for docs/performance.md.
"""
import argparse
import json
import os
import pty
import random
import select
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LAUNCHER = os.path.join(ROOT, "bin", "should-i-fire-client")
EXAMPLE = os.path.join(ROOT, "examples", "fire.yaml")


def run_once(argv, env, stdin_path=os.devnull):
    """Runs argv once; returns (wall seconds, peak RSS in KiB, exit code)."""
    with open(stdin_path, "rb") as stdin, open(os.devnull, "wb") as null:
        start = time.perf_counter()
        proc = subprocess.Popen(argv, stdin=stdin, stdout=null, stderr=null, env=env)
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    return wall, usage.ru_maxrss, proc.returncode


def first_prompt_once(env, marker):
    """Starts the launcher on a new pseudo-terminal; returns (seconds until marker is on screen, RSS KiB)."""
    master, slave = pty.openpty()
    start = time.perf_counter()
    proc = subprocess.Popen([LAUNCHER], stdin=slave, stdout=slave, stderr=slave, env=env, start_new_session=True)
    os.close(slave)
    seen = b""
    elapsed = None
    deadline = start + 30
    while time.perf_counter() < deadline:
        ready, _, _ = select.select([master], [], [], 0.05)
        if ready:
            try:
                seen += os.read(master, 65536)
            except OSError:
                break
            if marker in seen:
                elapsed = time.perf_counter() - start
                break
    os.write(master, b"\x03")  # Ctrl-C: nothing answered, nothing saved
    usage = None
    end = time.perf_counter() + 10
    while time.perf_counter() < end:
        pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
        if pid:
            break
        try:
            ready, _, _ = select.select([master], [], [], 0.01)
            if ready:
                os.read(master, 65536)
        except OSError:
            pass
    else:
        proc.kill()
        _, _, usage = os.wait4(proc.pid, 0)
    proc.returncode = 0
    os.close(master)
    if elapsed is None:
        raise RuntimeError("the first screen never appeared; output was: %r" % seen[-500:])
    return elapsed, usage.ru_maxrss


def seed_history(state, records=1000):
    """A history like a contractor's after some years: 50 clients, 20 assessments each, oldest first."""
    folder = os.path.join(state, "should-i-fire-client")
    os.makedirs(folder, exist_ok=True)
    names = ["Nightmare Ltd"] + ["Client %02d" % i for i in range(1, 50)]
    signs = ["unreasonable-demands", "everything-for-nothing", "slow-to-pay", "dont-listen", "dont-respond",
             "lack-of-respect"]
    with open(os.path.join(folder, "history.jsonl"), "w") as f:
        for n in range(records):
            score = (n * 37) % 101
            verdict = "fire" if score >= 60 else "recalibrate" if score >= 30 else "keep"
            f.write(json.dumps({
                "schema": 1, "at": "2024-%02d-%02dT09:00:00Z" % (1 + n // 100 % 12, 1 + n % 28),
                "client": names[n % len(names)], "verdict": verdict, "score": score,
                "signs": {s: score for s in signs}, "questionnaire": "fire-client@1"}, separators=(",", ":")) + "\n")
    return state


def median_of(samples):
    return statistics.median(samples)


def make_portfolio(path, clients):
    """Writes `clients` answer documents, varied by a fixed seed, like examples/fire.yaml."""
    with open(EXAMPLE, encoding="utf-8") as f:
        lines = [l.rstrip("\n") for l in f if l.startswith("  ")]
    scale = ["never", "rarely", "sometimes", "often", "always"]
    rng = random.Random(42)
    with open(path, "w", encoding="utf-8") as out:
        for i in range(clients):
            if i:
                out.write("---\n")
            out.write("client: Client %d\nanswers:\n" % i)
            for line in lines:
                key, value = line.strip().split(": ", 1)
                if value in scale:
                    value = rng.choice(scale)
                out.write("  %s: %s\n" % (key, value))


def java_version(java):
    out = subprocess.run([java, "-version"], capture_output=True, text=True).stderr.splitlines()
    return out[0] if out else java


def wait_for_archive(env, timeout=120):
    """Runs the launcher once so that it starts building the class-data archive, then waits for it."""
    archive_dir = os.path.join(ROOT, "target", "archive")
    run_once([LAUNCHER, "--version"], env)
    deadline = time.time() + timeout
    while time.time() < deadline:
        if os.path.isdir(archive_dir) and not any(n.endswith(".lock") for n in os.listdir(archive_dir)):
            # one more run to see it is used (or to start it, if the first run raced a build)
            run_once([LAUNCHER, "--version"], env)
            if not any(n.endswith(".lock") for n in os.listdir(archive_dir)):
                return sorted(os.listdir(archive_dir))
        time.sleep(0.5)
    return []


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="a few iterations and small portfolios (for CI)")
    parser.add_argument("--runs", type=int, default=None, help="iterations per measurement (default 15, quick 3)")
    parser.add_argument("--java", action="append", default=[], help="a JAVA_HOME to measure (repeatable)")
    args = parser.parse_args()
    runs = args.runs or (3 if args.quick else 15)
    sizes = [500, 2000] if args.quick else [10_000, 100_000]
    homes = args.java or [os.environ.get("JAVA_HOME") or os.path.dirname(os.path.dirname(os.path.realpath(shutil.which("java"))))]

    work = tempfile.mkdtemp(prefix="sifc-bench-")
    with open(os.path.join(work, "Hello.java"), "w") as f:
        f.write('public class Hello { public static void main(String[] a) { System.out.println("hello"); } }\n')
    portfolios = {}
    for n in sizes:
        portfolios[n] = os.path.join(work, "portfolio-%d.yaml" % n)
        make_portfolio(portfolios[n], n)

    print("# should-i-fire-client benchmark")
    print()
    print("machine: %d cores, %s; %d runs per row, medians; RSS is the peak of the measured process" % (
        os.cpu_count(), os.uname().machine, runs))
    for home in homes:
        java = os.path.join(home, "bin", "java")
        javac = os.path.join(home, "bin", "javac")
        # Every run records into a history that already holds 1,000 assessments, as a user's would.
        state = seed_history(tempfile.mkdtemp(prefix="state-", dir=work))
        env = dict(os.environ, JAVA_HOME=home, LANG="en_US.UTF-8", TERM="xterm-256color",
                   HOME=work, XDG_STATE_HOME=state)
        env.pop("NO_COLOR", None)
        classes = os.path.join(work, "hello-" + os.path.basename(home))
        os.makedirs(classes, exist_ok=True)
        subprocess.run([javac, "-d", classes, os.path.join(work, "Hello.java")], check=True)
        archives = wait_for_archive(env)

        rows = []

        def measure(name, argv, stdin_path=os.devnull):
            walls, rss = [], []
            run_once(argv, env, stdin_path)  # warm the file cache
            for _ in range(runs):
                wall, peak, code = run_once(argv, env, stdin_path)
                if code not in (0, 3):
                    raise RuntimeError("%s exited with %d" % (" ".join(argv), code))
                walls.append(wall)
                rss.append(peak)
            rows.append((name, median_of(walls), max(rss)))
            return median_of(walls)

        floor = measure("`java Hello` (floor)", [java, "-Xshare:auto", "-cp", classes, "Hello"])
        one = measure("one client, batch, JSON", [LAUNCHER, "--answers", EXAMPLE, "--format", "json"])
        measure("`--help`", [LAUNCHER, "--help"])
        measure("`--version`", [LAUNCHER, "--version"])
        measure("`history` (1,000 assessments)", [LAUNCHER, "history"])
        prompt_walls, prompt_rss = [], []
        first_prompt_once(env, b"Press Enter to start")
        for _ in range(runs):
            wall, peak = first_prompt_once(env, b"Press Enter to start")
            prompt_walls.append(wall)
            prompt_rss.append(peak)
        rows.append(("first prompt drawn (pseudo-terminal)", median_of(prompt_walls), max(prompt_rss)))
        throughput = []
        for n in sizes:
            walls, rss = [], []
            for _ in range(max(1, runs // 5)):
                # A fresh copy of the seeded history each time, so the runs do not pile up records.
                fresh = dict(env, XDG_STATE_HOME=seed_history(tempfile.mkdtemp(prefix="state-", dir=work)))
                wall, peak, code = run_once([LAUNCHER, "--answers", portfolios[n], "--format", "json"], fresh)
                if code != 0:
                    raise RuntimeError("portfolio of %d exited with %d" % (n, code))
                walls.append(wall)
                rss.append(peak)
            wall = median_of(walls)
            rows.append(("portfolio of %d clients, JSON, recorded in the history" % n, wall, max(rss)))
            throughput.append((n, n / max(1e-9, wall - one)))

        print()
        print("## %s" % java_version(java))
        print()
        print("archive: %s" % (", ".join(archives) if archives else "none (the launcher could not build one)"))
        print()
        print("| measurement | median | × floor | peak RSS |")
        print("|---|---:|---:|---:|")
        for name, wall, rss in rows:
            print("| %s | %.0f ms | %.2f | %.0f MiB |" % (name, wall * 1000, wall / floor, rss / 1024))
        print()
        for n, rate in throughput:
            print("- portfolio of %d: %.0f assessments per second after start-up" % (n, rate))
        sys.stdout.flush()
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
