"""Turns the timings bench/run.sh collected into bench/results.md (printed to stdout)."""
import glob
import json
import os
import platform
import statistics
import subprocess
import sys

timings, load_before, load_after, largest = sys.argv[1:5]


def runs(name, command):
    """Every measured wall time of a command, over all rounds."""
    times = []
    for path in sorted(glob.glob(os.path.join(timings, f"{name}.round*.json"))) + glob.glob(os.path.join(timings, f"{name}.json")):
        for result in json.load(open(path))["results"]:
            if result["command"] == command:
                times += result["times"]
    return times


def read(name, default=None):
    path = os.path.join(timings, name)
    return open(path).read().strip() if os.path.exists(path) else default


def seconds(times):
    return f"{statistics.median(times):.2f} s" if times else "–"


def spread(times):
    return f"{min(times):.2f}–{max(times):.2f}" if times else "–"


def megabytes(kb):
    return f"{int(kb) / 1024:.0f} MB" if kb else "–"


def version(command):
    try:
        return subprocess.run(command, capture_output=True, text=True).stdout.splitlines()[0]
    except (OSError, IndexError):
        return "?"


cases = [c for c in ["shipped", "c1000", "c5000", "c10000"] if runs(c, "compose")]
label = {"shipped": f"largest shipped example ({os.path.basename(largest)})", "c1000": "1,000 clauses",
         "c5000": "5,000 clauses", "c10000": "10,000 clauses"}
median = {c: statistics.median(runs(c, "compose")) for c in cases}
pandoc = {c: statistics.median(runs(c, "pandoc")) for c in cases if runs(c, "pandoc")}

print("# Benchmark results\n")
print("Written by `bench/run.sh`; medians of all runs, compose and pandoc alternating in rounds. `compose` and `evaluate` are the "
      "native executable (Native AOT, as the README installs it); the rows marked JIT are the same code on the JIT (`dotnet run`).\n")
print("| case | requirements | compose (median) | compose range | pandoc (median) | pandoc range | compose / pandoc | compose peak RSS | pandoc peak RSS |")
print("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
for c in cases:
    ratio = f"{median[c] / pandoc[c]:.2f}" if c in pandoc else "–"
    print(f"| {label[c]} | {read(c + '.requirements', '?')} | {seconds(runs(c, 'compose'))} | {spread(runs(c, 'compose'))} | "
          f"{seconds(runs(c, 'pandoc'))} | {spread(runs(c, 'pandoc'))} | {ratio} | {megabytes(read(c + '.compose.rss'))} | {megabytes(read(c + '.pandoc.rss'))} |")

jit = runs("shipped", "compose (JIT)")
if jit:
    ratio = f"{statistics.median(jit) / pandoc['shipped']:.2f}" if "shipped" in pandoc else "–"
    print(f"| {label['shipped']}, JIT | {read('shipped.requirements', '?')} | {seconds(jit)} | {spread(jit)} | "
          f"{seconds(runs('shipped', 'pandoc'))} | {spread(runs('shipped', 'pandoc'))} | {ratio} | – | – |")

evaluate = runs("evaluate", "evaluate")
evaluate_jit = runs("evaluate", "evaluate (JIT)")
if evaluate:
    print(f"\n`evaluate` with {read('evaluate.forms')} response forms on a tender of {read('evaluate.requirements')} requirements, "
          f"native: median {seconds(evaluate)} (range {spread(evaluate)}, {len(evaluate)} runs), peak RSS {megabytes(read('evaluate.rss'))}"
          + (f"; JIT: median {seconds(evaluate_jit)} (range {spread(evaluate_jit)})" if evaluate_jit else "")
          + (f"; load average when it ended {read('evaluate.load')}" if read('evaluate.load') else "") + ".")
size = read("native.size")
if size:
    print(f"\nNative executable: {int(size) / 1048576:.1f} MB (`procurementkit`, linux-x64, symbols stripped; the shipped catalog and "
          "templates lie beside it).")



def row(target, value, limit, unit=""):
    if value is None:
        print(f"| {target} | not measured | – |")
    else:
        shown = f"{value:.0f}" if unit == " MB" else f"{value:.2f}"
        print(f"| {target} | {shown}{unit} | {'yes' if value <= limit else 'no'} |")


print("\n## Targets (issue 14: the native executable)\n")
print("| target | measured | met |")
print("| --- | --- | --- |")
row("compose, largest shipped example, native ≤ 0.30 × pandoc", median["shipped"] / pandoc["shipped"] if "shipped" in pandoc else None, 0.30, " ×")
row("compose, 5,000-clause catalog, native ≤ 0.10 × pandoc", median["c5000"] / pandoc["c5000"] if "c5000" in pandoc else None, 0.10, " ×")
row("evaluate, 100 forms, native ≤ 1.0 s median", statistics.median(evaluate) if evaluate else None, 1.0, " s")
rss = read("evaluate.rss")
row("evaluate, 100 forms, native ≤ 200 MB peak", int(rss) / 1024 if rss else None, 200, " MB")
row("native executable ≤ 40 MB", int(size) / 1048576 if size else None, 40, " MB")

print("\n## Targets (issue 7)\n")
print("| target | measured | met |")
print("| --- | --- | --- |")
row("largest shipped example: compose ≤ 1.0 × pandoc", median["shipped"] / pandoc["shipped"] if "shipped" in pandoc else None, 1.0, " ×")
row("about 5,000 selected (10,000-clause catalog): compose ≤ 0.25 × pandoc", median["c10000"] / pandoc["c10000"] if "c10000" in pandoc else None, 0.25, " ×")
row("(5,000-clause catalog, about 2,500 selected: compose ≤ 0.25 × pandoc)", median["c5000"] / pandoc["c5000"] if "c5000" in pandoc else None, 0.25, " ×")
row("growth: 10,000 clauses ≤ 2.2 × the time of 5,000", median["c10000"] / median["c5000"] if {"c5000", "c10000"} <= set(cases) else None, 2.2, " ×")
rss = read("c10000.compose.rss")
row("peak memory at 10,000 clauses ≤ 500 MB", int(rss) / 1024 if rss else None, 500, " MB")
row("evaluate, 100 response forms ≤ 3 s", statistics.median(evaluate) if evaluate else None, 3.0, " s")

print("\n## Machine and noise\n")
cpu = platform.machine()
if os.path.exists("/proc/cpuinfo"):
    models = [line.split(":", 1)[1].strip() for line in open("/proc/cpuinfo") if line.startswith("model name")]
    cpu = models[0] if models else cpu
print(f"- {os.cpu_count()} cores ({cpu}), {platform.system()} {platform.release()}; "
      f"load average {load_before} before, {load_after} after the run (other work shares this machine).")
print(f"- .NET {version(['dotnet', '--version'])}, {version(['pandoc', '--version'])}, {version(['hyperfine', '--version'])}.")
noisy = [f"{label[c]} {tool} ±{statistics.stdev(t) / statistics.median(t) * 100:.0f} %"
         for c in cases for tool in ["compose", "pandoc"] for t in [runs(c, tool)] if len(t) > 1]
print(f"- Spread (standard deviation / median): {', '.join(noisy)}.")
