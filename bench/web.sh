#!/usr/bin/env bash
# The web bench (issue 11): a warm ProcurementKit.Web server (Release) composes the largest shipped example's
# documents on request. Measures with wrk on loopback the annex.docx alone and all documents as one zip under 1
# and 8 concurrent clients (median and p95), and the server's peak memory (VmHWM) under 20 concurrent compose
# requests. Prints the figures and writes them into the "web" section of bench/results.md.
#
#   bench/web.sh                 about 4 minutes after the build
#   DURATION=10s bench/web.sh    shorter runs
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

WORK=bench/work/web
PORT=${PORT:-5099}
DURATION=${DURATION:-30s}
URL="http://127.0.0.1:$PORT"
mkdir -p "$WORK"
for tool in wrk curl python3; do
  command -v "$tool" >/dev/null || { echo "bench/web.sh needs $tool (apt-get install $tool)"; exit 1; }
done

echo "building the web app (Release)"
dotnet publish src/ProcurementKit.Web -c Release -o "$WORK/app" -v quiet -nologo >/dev/null

"$WORK/app/procurementkit-web" --urls "$URL" >"$WORK/server.log" 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do curl -fs "$URL/" -o /dev/null && break; sleep 0.5; done
curl -fs "$URL/" -o /dev/null || { echo "the server did not start:"; cat "$WORK/server.log"; exit 1; }

# The requests a browser sends from the documents step: the tender in the form, the antiforgery token and cookie.
# bench/web_requests.py opens each example, picks the one with the most requirements and writes the bodies.
python3 bench/web_requests.py "$URL" examples "$WORK"
example=$(cat "$WORK/example.txt")
requirements=$(cat "$WORK/requirements.txt")
echo "largest shipped example: $example ($requirements requirements)"

cat >"$WORK/post.lua" <<'LUA'
local body_file = os.getenv("BODY")
local f = assert(io.open(body_file, "rb")); local body = f:read("*a"); f:close()
local c = assert(io.open(os.getenv("COOKIE"), "rb")); local cookie = c:read("*l"); c:close()
wrk.method = "POST"
wrk.body = body
wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
wrk.headers["Cookie"] = cookie
local failures = 0
function response(status, headers, body)
  if status ~= 200 then failures = failures + 1 end
end
function done(summary, latency, requests)
  io.write(string.format("RESULT %d %.1f %.1f %d %d\n", summary.requests,
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, summary.errors.status + summary.errors.timeout, summary.duration))
end
LUA

CLK=$(getconf CLK_TCK)
cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$server/stat"; }

# One row: wrk's median and p95, and the server's CPU time per request (user + system from /proc), which is what
# a request costs when it has a core to itself: on a busy machine the latency also holds the time spent waiting.
run() { # name connections body
  local before after result
  before=$(cpu_ticks)
  result=$(BODY="$WORK/$3" COOKIE="$WORK/cookie.txt" wrk -t1 -c"$2" -d"$DURATION" --timeout 60s -s "$WORK/post.lua" "$URL/?handler=Download" | grep '^RESULT')
  after=$(cpu_ticks)
  awk -v name="$1" -v c="$2" -v ticks=$((after - before)) -v clk="$CLK" '{
    cpu = $2 > 0 ? ticks * 1000 / clk / $2 : 0
    printf "%s|%s|%s|%s|%s|%.1f|%.0f\n", name, c, $3, $4, $5, $2 / ($6 / 1e6), cpu }' <<<"$result"
}

echo "warming up"
BODY="$WORK/annex.body" COOKIE="$WORK/cookie.txt" wrk -t1 -c2 -d5s -s "$WORK/post.lua" "$URL/?handler=Download" >/dev/null
BODY="$WORK/zip.body" COOKIE="$WORK/cookie.txt" wrk -t1 -c2 -d5s -s "$WORK/post.lua" "$URL/?handler=Download" >/dev/null

rows=()
for c in 1 8; do
  rows+=("$(run "annex.docx" "$c" annex.body)")
  rows+=("$(run "all documents (zip)" "$c" zip.body)")
done
idle_rss=$(awk '/VmRSS/ { print int($2 / 1024) }' "/proc/$server/status")

# Peak memory: the high-water mark of resident memory while 20 clients ask for all documents at once.
rows+=("$(run "all documents (zip)" 20 zip.body)")
peak=$(awk '/VmHWM/ { print int($2 / 1024) }' "/proc/$server/status")

load=$(cut -d' ' -f1-3 /proc/loadavg)
table=$(printf '| request | clients | median | p95 | requests/s | failed | server CPU per request |\n| --- | ---: | ---: | ---: | ---: | ---: | ---: |\n'
  for row in "${rows[@]}"; do IFS='|' read -r name c p50 p95 failed rps cpu <<<"$row"; printf '| %s | %s | %s ms | %s ms | %s | %s | %s ms |\n' "$name" "$c" "$p50" "$p95" "$rps" "$failed" "$cpu"; done)
annex_median=$(IFS='|' read -r _ _ p50 _ <<<"${rows[0]}"; echo "$p50")
annex_cpu=$(IFS='|' read -r _ _ _ _ _ _ cpu <<<"${rows[0]}"; echo "$cpu")

section=$(cat <<EOF
<!-- web:start (written by bench/web.sh) -->
## web

\`bench/web.sh\`: the web app (Release) on loopback, warm; wrk posts the documents step's download form for the
largest shipped example ($example, $requirements requirements) for $DURATION per row.

$table

- Peak memory (VmHWM) of the server under 20 concurrent requests for all documents: **$peak MB** (idle after the
  1- and 8-client runs: $idle_rss MB).
- Target: annex.docx ≤ 150 ms median with one client — measured $annex_median ms median; the server spends
  $annex_cpu ms of CPU per annex, the latency a request has when it gets a core to itself.
- Machine: $(nproc) cores, load average $load at the end (other work shares this machine); .NET $(dotnet --version).
<!-- web:end -->
EOF
)
echo
echo "$section"
python3 - "$section" <<'PY'
import re, sys, pathlib
path = pathlib.Path("bench/results.md")
text = path.read_text(encoding="utf-8") if path.exists() else "# Benchmark results\n"
section = sys.argv[1]
pattern = re.compile(r"<!-- web:start.*?<!-- web:end -->", re.S)
text = pattern.sub(lambda _: section, text) if pattern.search(text) else text.rstrip("\n") + "\n\n" + section + "\n"
path.write_text(text, encoding="utf-8")
PY
echo "written to bench/results.md"
