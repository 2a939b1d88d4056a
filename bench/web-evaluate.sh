#!/usr/bin/env bash
# The web evaluation page under load: a warm server (Release) evaluates tender.json + 20 filled response forms per
# request, 8 concurrent clients on loopback for DURATION seconds (wrk, bench/web-evaluate.lua). Prints median and p95.
#   bench/web-evaluate.sh            (DURATION=60 FORMS=20 CLIENTS=8 PORT=5392 to change)
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
WORK=bench/work/web
DURATION=${DURATION:-60}; COUNT=${FORMS:-20}; CLIENTS=${CLIENTS:-8}; PORT=${PORT:-5392}
TENDER_FILE=examples/managed-operations.json
command -v wrk >/dev/null 2>&1 || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null; }
mkdir -p "$WORK"

dotnet build src/ProcurementKit.Web -c Release -v quiet -nologo >/dev/null
dotnet build bench/ProcurementKit.Bench.Generator -c Release -o "$WORK/generator" -v quiet -nologo >/dev/null
rm -rf "$WORK/responses"
"$WORK/generator/ProcurementKit.Bench.Generator" forms --catalog requirements-catalog --tender "$TENDER_FILE" --count "$COUNT" --out "$WORK/responses"

dotnet src/ProcurementKit.Web/bin/Release/net10.0/procurementkit-web.dll --urls "http://127.0.0.1:$PORT" --catalog requirements-catalog >"$WORK/server.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT
for _ in $(seq 60); do curl -sf "http://127.0.0.1:$PORT/evaluation" >/dev/null && break; sleep 1; done

# The antiforgery pair: a cookie and a token that belongs to it (wrk sends both with every request).
page=$(curl -s -c "$WORK/cookies" "http://127.0.0.1:$PORT/evaluation")
token=$(sed -n 's/.*name="__RequestVerificationToken" type="hidden" value="\([^"]*\)".*/\1/p' <<<"$page" | head -n 1)
cookie=$(awk '$6 == "pk-antiforgery" { print $6 "=" $7 }' "$WORK/cookies")

export FORMS="$PWD/$WORK/responses" TENDER="$PWD/$TENDER_FILE" TOKEN="$token" COOKIE="$cookie"
echo "warm-up (10 s)"
wrk -t 2 -c "$CLIENTS" -d 10s --timeout 60s -s bench/web-evaluate.lua "http://127.0.0.1:$PORT" >/dev/null
echo "measuring: $CLIENTS clients, $DURATION s, $COUNT forms per request"
wrk -t 2 -c "$CLIENTS" -d "${DURATION}s" --timeout 60s -s bench/web-evaluate.lua "http://127.0.0.1:$PORT" | tee "$WORK/wrk.txt"
