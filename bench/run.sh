#!/usr/bin/env bash
# The ProcurementKit benchmark (issues 7 and 14): times the native `procurementkit compose` against
# `pandoc annex.md -o annex.docx` on the largest shipped example (and the JIT build once, for comparison) and on
# synthetic catalogs of 1,000 / 5,000 / 10,000 clauses, times `evaluate` with 100 response forms (native and JIT),
# records the size of the executable, and writes bench/results.md. Everything it makes goes to bench/work/ (gitignored).
#
#   bench/run.sh                 full run (about 20-40 minutes on a shared 2-core machine)
#   QUICK=1 bench/run.sh         fewer runs and no 10,000 catalog, to try the script
#   ROUNDS=4 PER_ROUND=2 ...     rounds of alternating runs and runs per command per round
#   SIZES="5000" ...             which synthetic catalogs (default 1000 5000 10000)
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

WORK=bench/work
SEED=${SEED:-20261102}
if [ -n "${QUICK:-}" ]; then SIZES=${SIZES:-"1000 5000"}; ROUNDS=${ROUNDS:-2}; PER_ROUND=${PER_ROUND:-1}
else SIZES=${SIZES:-"1000 5000 10000"}; ROUNDS=${ROUNDS:-3}; PER_ROUND=${PER_ROUND:-2}; fi
rm -rf "$WORK/timings"; mkdir -p "$WORK/timings"

# --- tools: hyperfine and pandoc from Debian, GNU time for peak memory, python3 for the report ----------
need=()
command -v hyperfine >/dev/null 2>&1 || need+=(hyperfine)
command -v pandoc >/dev/null 2>&1 || need+=(pandoc)
[ -x /usr/bin/time ] || need+=(time)
command -v python3 >/dev/null 2>&1 || need+=(python3)
if [ ${#need[@]} -gt 0 ]; then
  echo "installing: ${need[*]}"
  sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi

# --- build: the CLI as it ships (Release, Native AOT for this machine), the JIT build for one comparison row, and
# the data generator ------------------------------------------------------------------------------------------
rid=$(dotnet --info | awk '/^ *RID:/ { print $2; exit }')
echo "building the CLI (Release, Native AOT, $rid; and JIT) and the generator"
# REUSE_BUILD=1 keeps the builds already in bench/work/ (cli, jit, generator): on a busy machine the native
# compilation alone can take many minutes.
if [ -z "${REUSE_BUILD:-}" ] || [ ! -x "$WORK/cli/procurementkit" ] || [ ! -x "$WORK/jit/procurementkit" ]; then
  dotnet publish src/ProcurementKit.Cli -c Release -r "$rid" -o "$WORK/cli" -v quiet -nologo >/dev/null
  dotnet build src/ProcurementKit.Cli -c Release -o "$WORK/jit" -v quiet -nologo >/dev/null
fi
[ -n "${REUSE_BUILD:-}" ] && [ -x "$WORK/generator/ProcurementKit.Bench.Generator" ] \
  || dotnet build bench/ProcurementKit.Bench.Generator -c Release -o "$WORK/generator" -v quiet -nologo >/dev/null
PK="$PWD/$WORK/cli/procurementkit"
JIT="$PWD/$WORK/jit/procurementkit"
GEN="$PWD/$WORK/generator/ProcurementKit.Bench.Generator"
stat -c %s "$PK" >"$WORK/timings/native.size"
# Feature checks from the help texts (read whole first: grep -q may stop reading early, and pipefail would notice).
compose_help=$("$PK" compose --help); root_help=$("$PK" --help)
has_md=0; grep -q -- '--format' <<<"$compose_help" && has_md=1
has_evaluate=0; grep -q '^ *evaluate ' <<<"$root_help" && has_evaluate=1

# --- data: synthetic catalogs (lint must pass) and the largest shipped example ---------------------------
for n in $SIZES; do
  "$GEN" catalog --clauses "$n" --seed "$SEED" --out "$WORK/c$n"
  "$PK" lint --catalog "$WORK/c$n/catalog" | tail -n 1
done

largest="" ; most=0
for example in examples/*.json; do
  count=$("$PK" compose "$example" --out "$WORK/probe" --force | sed -n 's/^\([0-9]*\) requirements.*/\1/p')
  if [ "${count:-0}" -gt "$most" ]; then most=$count; largest=$example; fi
done
echo "largest shipped example: $largest ($most requirements)"

# case name | tender | catalog option
cases=("shipped|$largest|")
for n in $SIZES; do cases+=("c$n|$WORK/c$n/tender.json|--catalog $WORK/c$n/catalog"); done

load_before=$(cut -d' ' -f1-3 /proc/loadavg)

# --- compose and pandoc, alternating: each round runs both commands PER_ROUND times -----------------------
for entry in "${cases[@]}"; do
  IFS='|' read -r name tender catalog <<<"$entry"
  out="$WORK/$name"
  # shellcheck disable=SC2086 # $catalog is an option and its value, or nothing
  compose="$PK compose $tender $catalog --out $out/docs --force"
  # One JIT row for comparison (what `dotnet run` runs), on the shipped example only.
  jit=""; [ "$name" = shipped ] && jit="$JIT compose $tender $catalog --out $out/jit --force"
  pandoc=""
  if [ "$has_md" -eq 1 ]; then
    # shellcheck disable=SC2086
    $PK compose $tender $catalog --out "$out/md" --format md --force >/dev/null
    pandoc="pandoc $out/md/annex.md -o $out/pandoc-annex.docx"
  fi
  # shellcheck disable=SC2086
  requirements=$($compose | sed -n 's/^\([0-9]*\) requirements.*/\1/p')
  echo "$name: $requirements requirements; timing compose${pandoc:+ and pandoc} ($ROUNDS rounds x $PER_ROUND runs)"
  echo "$requirements" >"$WORK/timings/$name.requirements"
  for round in $(seq "$ROUNDS"); do
    hyperfine -N --style none --runs "$PER_ROUND" --export-json "$WORK/timings/$name.round$round.json" \
      -n compose "$compose" ${jit:+-n "compose (JIT)" "$jit"} ${pandoc:+-n pandoc "$pandoc"} >/dev/null
  done
  # Peak memory: maximum resident set size, the largest of two runs each.
  for tool in compose pandoc; do
    cmd=$compose; [ "$tool" = pandoc ] && cmd=$pandoc
    [ -n "$cmd" ] || continue
    for _ in 1 2; do
      # shellcheck disable=SC2086
      /usr/bin/time -v $cmd 2>&1 >/dev/null | awk '/Maximum resident set size/ { print $6 }'
    done | sort -n | tail -n 1 >"$WORK/timings/$name.$tool.rss"
  done
done

# --- evaluate: 100 filled response forms for a tender of about 150 requirements ---------------------------
if [ "$has_evaluate" -eq 1 ]; then
  "$GEN" catalog --clauses 300 --seed "$SEED" --out "$WORK/c300" >/dev/null
  "$GEN" forms --catalog "$WORK/c300/catalog" --tender "$WORK/c300/tender.json" --count 100 --seed "$SEED" --out "$WORK/c300/responses"
  evaluate="$PK evaluate $WORK/c300/tender.json --catalog $WORK/c300/catalog --responses $WORK/c300/responses --out $WORK/c300/evaluation --force"
  evaluate_jit="$JIT evaluate $WORK/c300/tender.json --catalog $WORK/c300/catalog --responses $WORK/c300/responses --out $WORK/c300/evaluation-jit --force"
  $evaluate >/dev/null
  $evaluate_jit >/dev/null
  # The native and the JIT build must write the same bytes.
  for file in evaluation.xlsx evaluation.json evaluation-report.docx; do
    cmp "$WORK/c300/evaluation/$file" "$WORK/c300/evaluation-jit/$file"
  done
  echo "evaluate: timing native and JIT ($ROUNDS rounds x $PER_ROUND runs)"
  for round in $(seq "$ROUNDS"); do
    hyperfine -N --style none --runs "$PER_ROUND" --export-json "$WORK/timings/evaluate.round$round.json" \
      -n evaluate "$evaluate" -n "evaluate (JIT)" "$evaluate_jit" >/dev/null
  done
  echo "$(cut -d' ' -f1-3 /proc/loadavg)" >"$WORK/timings/evaluate.load"
  # Peak memory: the largest of three runs.
  for _ in 1 2 3; do
    /usr/bin/time -v $evaluate 2>&1 >/dev/null | awk '/Maximum resident set size/ { print $6 }'
  done | sort -n | tail -n 1 >"$WORK/timings/evaluate.rss"
  ls "$WORK/c300/responses" | wc -l >"$WORK/timings/evaluate.forms"
  sed -n 's/^\([0-9]*\) requirements.*/\1/p' <<<"$("$PK" compose "$WORK/c300/tender.json" --catalog "$WORK/c300/catalog" --out "$WORK/probe" --force)" >"$WORK/timings/evaluate.requirements"
fi

load_after=$(cut -d' ' -f1-3 /proc/loadavg)
python3 bench/report.py "$WORK/timings" "$load_before" "$load_after" "$largest" >bench/results.md
cat bench/results.md
