#!/usr/bin/env python3
"""Start-up, first-screen and throughput benchmark for should-i-fire-client.

Measures, side by side in one run and for every JVM given: the `java Hello` floor, one client through the
launcher and the same java command run directly (the launcher's own cost is the difference), --help,
--version, history, a letter, the time until the interview's first screen is drawn in a pseudo-terminal,
the Node.js + @inquirer/prompts peer's first prompt measured the same way, and portfolio throughput.
Prints one Markdown table: medians, the ratio to the floor of the same JVM, CPU time (user + system) and
the peak RSS of the measured process (ru_maxrss), and for each target whether it is met. Asserts nothing.
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
EXAMPLE_JSON = os.path.join(ROOT, "examples", "fire.json")
FIRST_SCREEN = b"Press Enter to start"
PEER_MARKER = b"How often does the client contact you"
MIB = 1024.0


class Sample:
    def __init__(self, wall, cpu, rss):
        self.wall, self.cpu, self.rss = wall, cpu, rss


def run_once(argv, env, stdin_path=os.devnull):
    """Runs argv once; returns (Sample, exit code). RSS in KiB, times in seconds."""
    with open(stdin_path, "rb") as stdin, open(os.devnull, "wb") as null:
        start = time.perf_counter()
        proc = subprocess.Popen(argv, stdin=stdin, stdout=null, stderr=subprocess.PIPE, env=env)
        err = proc.stderr.read()
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - start
    proc.stderr.close()
    code = os.waitstatus_to_exitcode(status)
    return Sample(wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss), code, err.decode("utf-8", "replace")


def screen_once(argv, env, marker):
    """Starts argv on a new pseudo-terminal; returns a Sample: the time until marker is on the screen."""
    master, slave = pty.openpty()
    start = time.perf_counter()
    proc = subprocess.Popen(argv, stdin=slave, stdout=slave, stderr=slave, env=env, start_new_session=True)
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
        raise RuntimeError("%s: the first screen never appeared; output was: %r" % (argv[0], seen[-500:]))
    return Sample(elapsed, usage.ru_utime + usage.ru_stime, usage.ru_maxrss)


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


def portfolio_clients(clients):
    """`clients` answer sets, varied by a fixed seed, like examples/fire.yaml: (name, [(key, value)])."""
    with open(EXAMPLE, encoding="utf-8") as f:
        lines = [l.rstrip("\n") for l in f if l.startswith("  ")]
    scale = ["never", "rarely", "sometimes", "often", "always"]
    rng = random.Random(42)
    for i in range(clients):
        answers = []
        for line in lines:
            key, value = line.strip().split(": ", 1)
            if value in scale:
                value = rng.choice(scale)
            answers.append((key, value))
        yield "Client %d" % i, answers


def make_portfolio(path, clients):
    with open(path, "w", encoding="utf-8") as out:
        for i, (name, answers) in enumerate(portfolio_clients(clients)):
            if i:
                out.write("---\n")
            out.write("client: %s\nanswers:\n" % name)
            for key, value in answers:
                out.write("  %s: %s\n" % (key, value))


def make_jsonl(path, clients):
    """The same portfolio as JSON Lines: one answers object (as in examples/fire.json) per line."""
    with open(EXAMPLE_JSON, encoding="utf-8") as f:
        typed = json.load(f)["answers"]
    with open(path, "w", encoding="utf-8") as out:
        for name, answers in portfolio_clients(clients):
            values = {}
            for key, value in answers:
                like = typed.get(key)
                if isinstance(like, bool):
                    values[key] = value in ("yes", "true")
                elif isinstance(like, (int, float)):
                    values[key] = float(value) if "." in value else int(value)
                else:
                    values[key] = value
            out.write(json.dumps({"client": name, "answers": values}, separators=(",", ":")) + "\n")


def java_version(java):
    out = subprocess.run([java, "-version"], capture_output=True, text=True).stderr.splitlines()
    return out[0] if out else java


def java_major(java):
    line = java_version(java)
    digits = line.split('"')[1] if '"' in line else ""
    try:
        return int(digits.split(".")[0])
    except ValueError:
        return 0


def wait_for_archive(env, timeout=180):
    """Runs the launcher once so that it starts building the class-data archive, then waits for it."""
    archive_dir = os.path.join(ROOT, "target", "archive")
    run_once([LAUNCHER, "--version"], env)
    deadline = time.time() + timeout
    while time.time() < deadline:
        if os.path.isdir(archive_dir) and not any(n.endswith(".lock") for n in os.listdir(archive_dir)):
            # one more run to see it is used (or to start it, if the first run raced a build)
            run_once([LAUNCHER, "--version"], env)
            if not any(n.endswith(".lock") for n in os.listdir(archive_dir)):
                return sorted(n for n in os.listdir(archive_dir) if n.endswith((".jsa", ".aot")))
        time.sleep(0.5)
    return []


def fmt_ms(seconds):
    return "{:,.0f} ms".format(seconds * 1000)


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="a few iterations and small portfolios (for CI)")
    parser.add_argument("--runs", type=int, default=None, help="iterations per measurement (default 15, quick 3)")
    parser.add_argument("--java", action="append", default=[], help="a JAVA_HOME to measure (repeatable)")
    parser.add_argument("--peer", default=None, help="the installed peer (bench/peer with node_modules)")
    parser.add_argument("--peer-note", default="", help="why the peer is not measured")
    args = parser.parse_args()
    runs = args.runs or (3 if args.quick else 15)
    sizes = [500, 2000] if args.quick else [10_000, 100_000]
    jsonl_size = sizes[-1]
    homes = args.java or [os.environ.get("JAVA_HOME") or os.path.dirname(os.path.dirname(os.path.realpath(shutil.which("java"))))]

    work = tempfile.mkdtemp(prefix="sifc-bench-")
    with open(os.path.join(work, "Hello.java"), "w") as f:
        f.write('public class Hello { public static void main(String[] a) { System.out.println("hello"); } }\n')
    portfolios = {}
    for n in sizes:
        portfolios[n] = os.path.join(work, "portfolio-%d.yaml" % n)
        make_portfolio(portfolios[n], n)
    jsonl = os.path.join(work, "portfolio-%d.jsonl" % jsonl_size)
    make_jsonl(jsonl, jsonl_size)
    node = shutil.which("node")
    peer_script = os.path.join(args.peer, "first-prompt.mjs") if args.peer else None
    peer_note = args.peer_note
    if peer_script and not node:
        peer_script, peer_note = None, "Node.js is not installed"

    # rows: key -> (label, {home: (Sample of medians, note)}); order kept
    order = []
    results = {}
    notes = []

    def put(key, label, home, sample, note=""):
        if key not in results:
            order.append(key)
            results[key] = (label, {})
        results[key][1][home] = (sample, note)

    def medians(samples):
        return Sample(statistics.median(s.wall for s in samples), statistics.median(s.cpu for s in samples),
                      max(s.rss for s in samples))

    labels = {}
    peer_sample = None
    for home in homes:
        java = os.path.join(home, "bin", "java")
        javac = os.path.join(home, "bin", "javac")
        major = java_major(java)
        labels[home] = "Java %d" % major if major else os.path.basename(home)
        # Every run records into a history that already holds 1,000 assessments, as a user's would.
        state = seed_history(tempfile.mkdtemp(prefix="state-", dir=work))
        env = dict(os.environ, JAVA_HOME=home, LANG="en_US.UTF-8", TERM="xterm-256color",
                   HOME=work, XDG_STATE_HOME=state)
        env.pop("NO_COLOR", None)
        env.pop("SIFC_NO_ARCHIVE", None)
        classes = os.path.join(work, "hello-" + os.path.basename(home))
        os.makedirs(classes, exist_ok=True)
        subprocess.run([javac, "-d", classes, os.path.join(work, "Hello.java")], check=True)
        archives = [a for a in wait_for_archive(env) if "-java%d." % major in a]
        notes.append("%s (%s): archive %s" % (labels[home], java_version(java),
                                              ", ".join(archives) if archives else "none (the launcher could not build one)"))

        def measure(key, label, argv, stdin_path=os.devnull, ok=(0, 3)):
            run_once(argv, env, stdin_path)  # warm the file cache
            samples = []
            for _ in range(runs):
                sample, code, err = run_once(argv, env, stdin_path)
                if code not in ok:
                    raise RuntimeError("%s exited with %d: %s" % (" ".join(argv), code, err.strip()))
                samples.append(sample)
            put(key, label, home, medians(samples))

        measure("floor", "`java Hello` (floor)", [java, "-Xshare:auto", "-cp", classes, "Hello"])
        one = [LAUNCHER, "--answers", EXAMPLE, "--format", "json"]
        printed = subprocess.run(one, env=dict(env, SIFC_LAUNCHER_PRINT="1"), capture_output=True, text=True, check=True)
        direct = printed.stdout.splitlines()
        # Interleaved, one run of each in turn, so that both see the same moment of a shared machine:
        # their difference is the launcher's own cost.
        run_once(one, env)
        run_once(direct, env)
        pairs = {"one": [], "direct": []}
        for _ in range(runs):
            for key, argv in (("one", one), ("direct", direct)):
                sample, code, err = run_once(argv, env)
                if code not in (0, 3):
                    raise RuntimeError("%s exited with %d: %s" % (" ".join(argv), code, err.strip()))
                pairs[key].append(sample)
        put("one", "one client, JSON, recorded (launcher)", home, medians(pairs["one"]))
        put("direct", "the same, `java` with the launcher's flags (interleaved)", home, medians(pairs["direct"]))
        measure("help", "`--help`", [LAUNCHER, "--help"])
        measure("version", "`--version`", [LAUNCHER, "--version"])
        measure("history", "`history` (1,000 assessments)", [LAUNCHER, "history"])
        measure("letter", "`letter payment-reminder` (one letter)",
                [LAUNCHER, "letter", "payment-reminder", "--client", "Nightmare Ltd", "--set", "amount=1200"])
        screen_once([LAUNCHER], env, FIRST_SCREEN)
        put("screen", "first screen of the interview (pseudo-terminal)", home,
            medians([screen_once([LAUNCHER], env, FIRST_SCREEN) for _ in range(runs)]))
        if peer_script:
            if peer_sample is None:  # the peer does not depend on the JVM: measured once, shown in each column
                screen_once([node, peer_script], env, PEER_MARKER)
                peer_sample = medians([screen_once([node, peer_script], env, PEER_MARKER) for _ in range(runs)])
            put("peer", "peer: Node.js %s + @inquirer/prompts, first prompt" % subprocess.run(
                [node, "--version"], capture_output=True, text=True).stdout.strip(), home, peer_sample)
        else:
            put("peer", "peer: Node.js + @inquirer/prompts, first prompt", home, None, "skipped (see the notes)")

        one_wall = results["one"][1][home][0].wall
        for n in sizes:
            samples = []
            for _ in range(max(1, runs // 5)):
                # A fresh copy of the seeded history each time, so the runs do not pile up records.
                fresh = dict(env, XDG_STATE_HOME=seed_history(tempfile.mkdtemp(prefix="state-", dir=work)))
                sample, code, err = run_once([LAUNCHER, "--answers", portfolios[n], "--format", "json"], fresh)
                if code not in (0, 3):
                    raise RuntimeError("portfolio of %d exited with %d: %s" % (n, code, err.strip()))
                samples.append(sample)
            s = medians(samples)
            put("portfolio-%d" % n, "portfolio of {:,} clients, JSON, recorded".format(n), home, s,
                "{:,.0f}/s".format(n / max(1e-9, s.wall - one_wall)))
        # JSON Lines answers: a stream another change adds; until the tool reads them, the row says so.
        fresh = dict(env, XDG_STATE_HOME=seed_history(tempfile.mkdtemp(prefix="state-", dir=work)))
        sample, code, err = run_once([LAUNCHER, "--answers", jsonl, "--format", "json"], fresh)
        label = "portfolio of {:,} clients, JSON Lines answers".format(jsonl_size)
        if code in (0, 3):
            samples = [sample]
            for _ in range(max(1, runs // 5) - 1):
                fresh = dict(env, XDG_STATE_HOME=seed_history(tempfile.mkdtemp(prefix="state-", dir=work)))
                samples.append(run_once([LAUNCHER, "--answers", jsonl, "--format", "json"], fresh)[0])
            s = medians(samples)
            put("jsonl", label, home, s, "{:,.0f}/s".format(jsonl_size / max(1e-9, s.wall - one_wall)))
        else:
            first = err.strip().splitlines()[0] if err.strip() else "exit %d" % code
            put("jsonl", label, home, None, "skipped (see the notes)")
            note = "JSON Lines portfolio skipped: the tool refuses a .jsonl answers file (%s)" % first.replace(
                jsonl, os.path.basename(jsonl))[:160]
            if note not in notes:
                notes.append(note)

    # The table: one pair of columns per JVM, then the targets.
    def cell(key, home):
        sample, note = results[key][1].get(home, (None, ""))
        floor = results["floor"][1][home][0]
        if sample is None:
            return [note or "n/a", "", "", ""]
        return [fmt_ms(sample.wall) + (" (%s)" % note if note else ""), "%.2f" % (sample.wall / floor.wall),
                fmt_ms(sample.cpu), "%.0f MiB" % (sample.rss / MIB)]

    def get(key, home):
        entry = results.get(key, ("", {}))[1].get(home)
        return entry[0] if entry else None

    def verdict(ok):
        return "n/a" if ok is None else ("yes" if ok else "**no**")

    def per_jvm(check):
        return "; ".join("%s: %s" % (labels[h], verdict(check(h))) for h in homes)

    def rate(key, n, home):
        s, one = get(key, home), get("one", home)
        return None if s is None else n / max(1e-9, s.wall - one.wall)

    targets = {
        "one": ("≤ 3× floor; RSS ≤ 48 MiB on Java 17",
                lambda h: get("one", h).wall <= 3 * get("floor", h).wall
                and (java_major(os.path.join(h, "bin", "java")) != 17 or get("one", h).rss <= 48 * MIB)),
        "help": ("≤ one client", lambda h: get("help", h).wall <= get("one", h).wall),
        "version": ("≤ one client", lambda h: get("version", h).wall <= get("one", h).wall),
        "history": ("≤ one client", lambda h: get("history", h).wall <= get("one", h).wall),
        "letter": ("≤ one client", lambda h: get("letter", h).wall <= get("one", h).wall),
        "screen": ("≤ 3× floor, before the peer" + ("" if peer_sample else " (not measured)"),
                   lambda h: get("screen", h).wall <= 3 * get("floor", h).wall
                   and (peer_sample is None or get("screen", h).wall < peer_sample.wall)),
    }
    for n in sizes:
        targets["portfolio-%d" % n] = ("≥ 30,000/s after start-up, ≤ 128 MiB",
                                       lambda h, n=n: rate("portfolio-%d" % n, n, h) >= 30_000
                                       and get("portfolio-%d" % n, h).rss <= 128 * MIB)
    targets["jsonl"] = ("≥ 30,000/s after start-up, ≤ 128 MiB",
                        lambda h: None if get("jsonl", h) is None else
                        rate("jsonl", jsonl_size, h) >= 30_000 and get("jsonl", h).rss <= 128 * MIB)

    print("# should-i-fire-client benchmark")
    print()
    print("machine: %d cores, %s, load average %.1f at the end; %d runs per row (portfolios: %d), medians; "
          "CPU is user + system time; RSS is the peak of the measured process" % (
              os.cpu_count(), os.uname().machine, os.getloadavg()[0], runs, max(1, runs // 5)))
    print()
    for note in notes:
        print("- " + note)
    if not peer_script:
        print("- peer: skipped: " + (peer_note or "not installed"))
    print()
    header = ["measurement"]
    for h in homes:
        header += [labels[h], "× floor", "CPU", "RSS"]
    header += ["target", "met"]
    print("| " + " | ".join(header) + " |")
    print("|---|" + "---:|---:|---:|---:|" * len(homes) + "---|---|")
    for key in order:
        row = [results[key][0]]
        for h in homes:
            row += cell(key, h)
        if key in targets:
            what, check = targets[key]
            try:
                met = per_jvm(check)
            except TypeError:  # a row that was skipped
                met = "n/a"
            row += [what, met]
        else:
            row += ["", ""]
        print("| " + " | ".join(row) + " |")
    print()
    for h in homes:
        one, direct = get("one", h), get("direct", h)
        print("- %s: the launcher's own cost (one client through it, minus the same java command run directly): "
              "%+.0f ms wall, %+.0f ms CPU" % (labels[h], (one.wall - direct.wall) * 1000, (one.cpu - direct.cpu) * 1000))
    for n in sizes:
        print("- portfolio of {:,}: ".format(n) + "; ".join(
            "%s %s assessments per second after start-up" % (labels[h], "{:,.0f}".format(rate("portfolio-%d" % n, n, h)))
            for h in homes))
    sys.stdout.flush()
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
