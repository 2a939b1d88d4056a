#!/usr/bin/env bash
# Measures how the CLI is built and started (JIT, ReadyToRun or Native AOT, tiered PGO, tiered compilation, GC mode)
# on `compose` for the largest shipped example and a 5,000-clause catalog; writes bench/variants.md.
# Run bench/run.sh first (it builds the generator and the data); this script reuses bench/work/.
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
WORK=bench/work
ROUNDS=${ROUNDS:-4}
PER_ROUND=${PER_ROUND:-2}
rid=$(dotnet --info | awk '/^ *RID:/ { print $2; exit }')
out="$WORK/variants"
rm -rf "$out"; mkdir -p "$out"

# Three builds of the same code: plain IL (JIT at start), ReadyToRun (IL precompiled for this machine, still on the
# .NET runtime) and Native AOT (one native executable, what the README installs).
dotnet build src/ProcurementKit.Cli -c Release -o "$out/jit" -v quiet -nologo >/dev/null
dotnet publish src/ProcurementKit.Cli -c Release -r "$rid" --self-contained false -p:PublishAot=false -p:PublishReadyToRun=true -o "$out/r2r" -v quiet -nologo >/dev/null
dotnet publish src/ProcurementKit.Cli -c Release -r "$rid" -o "$out/native" -v quiet -nologo >/dev/null

# Every knob set explicitly (environment variables win over the build's runtimeconfig.json), so the table
# compares the .NET defaults with what src/ProcurementKit.Cli/ProcurementKit.Cli.csproj ships.
defaults="DOTNET_TieredPGO=1 DOTNET_TieredCompilation=1 DOTNET_gcConcurrent=1"
variants=(
  "JIT, .NET defaults|$out/jit/procurementkit|$defaults"
  "JIT, TieredPGO off, concurrent GC off|$out/jit/procurementkit|DOTNET_TieredPGO=0 DOTNET_TieredCompilation=1 DOTNET_gcConcurrent=0"
  "ReadyToRun, .NET defaults|$out/r2r/procurementkit|$defaults"
  "ReadyToRun, TieredPGO off|$out/r2r/procurementkit|DOTNET_TieredPGO=0 DOTNET_TieredCompilation=1 DOTNET_gcConcurrent=1"
  "ReadyToRun, TieredPGO off, concurrent GC off|$out/r2r/procurementkit|DOTNET_TieredPGO=0 DOTNET_TieredCompilation=1 DOTNET_gcConcurrent=0"
  "ReadyToRun, TieredCompilation off|$out/r2r/procurementkit|DOTNET_TieredPGO=0 DOTNET_TieredCompilation=0 DOTNET_gcConcurrent=1"
  "ReadyToRun, TieredCompilation off, concurrent GC off|$out/r2r/procurementkit|DOTNET_TieredPGO=0 DOTNET_TieredCompilation=0 DOTNET_gcConcurrent=0"
  "Native AOT (shipped: concurrent GC off)|$out/native/procurementkit|DOTNET_gcConcurrent=0"
)
# VARIANTS="1 2 9" measures only those rows (1-based), e.g. on a busy machine.
if [ -n "${VARIANTS:-}" ]; then
  chosen=()
  for i in $VARIANTS; do chosen+=("${variants[$((i - 1))]}"); done
  variants=("${chosen[@]}")
fi

largest=$(ls examples/*.json | head -n 1)
most=0
for example in examples/*.json; do
  count=$("$out/r2r/procurementkit" compose "$example" --out "$out/probe" --force | sed -n 's/^\([0-9]*\) requirements.*/\1/p')
  if [ "$count" -gt "$most" ]; then most=$count; largest=$example; fi
done
[ -d "$WORK/c5000" ] || dotnet run --project bench/ProcurementKit.Bench.Generator -c Release -- catalog --clauses 5000 --out "$WORK/c5000"

for size in shipped c5000; do
  args="$largest"; [ "$size" = c5000 ] && args="$WORK/c5000/tender.json --catalog $WORK/c5000/catalog"
  hyper=()
  for entry in "${variants[@]}"; do
    IFS='|' read -r name exe env <<<"$entry"
    hyper+=(-n "$name" "env $env $exe compose $args --out $out/$size --force")
  done
  for round in $(seq "$ROUNDS"); do
    hyperfine -N --style none --warmup 1 --runs "$PER_ROUND" --export-json "$out/$size.round$round.json" "${hyper[@]}" >/dev/null
  done
done

python3 - "$out" "$largest" "$(cut -d' ' -f1-3 /proc/loadavg)" >bench/variants.md <<'EOF'
import glob, json, statistics, sys
out, largest, load = sys.argv[1:4]
print("# Start-up variants\n")
print(f"`compose` for {largest} and for the 5,000-clause synthetic catalog; median wall time (and CPU time, user + system) over all runs, "
      f"variants interleaved in rounds. Written by `bench/variants.sh`; load average at the end: {load}.\n")
print("| variant | largest example | 5,000 clauses |")
print("| --- | ---: | ---: |")
table = {}
for size in ["shipped", "c5000"]:
    for path in glob.glob(f"{out}/{size}.round*.json"):
        for r in json.load(open(path))["results"]:
            t = table.setdefault(r["command"], {}).setdefault(size, [[], []])
            t[0] += r["times"]; t[1] += [r["user"] + r["system"]] * len(r["times"])
for name, sizes in table.items():
    cells = [f"{statistics.median(sizes[s][0]):.2f} s ({statistics.median(sizes[s][1]):.2f} s CPU)" if s in sizes else "–" for s in ["shipped", "c5000"]]
    print(f"| {name} | {cells[0]} | {cells[1]} |")
EOF
cat bench/variants.md
