#!/usr/bin/env bash
# API latency on a store of 1 million generated events, SQLite and PostgreSQL side by side: the same rows in
# both, `faultline serve` on loopback, wrk (Debian) with 1 thread and 4 connections (a few analysts'
# dashboards), then 2 threads and 16 connections, for SECONDS_PER_ENDPOINT (15) s per endpoint; prints wrk's
# latency percentiles (p99 among them). Server, database and wrk share the machine's cores.
#   BENCH_PG="Host=127.0.0.1;Username=…;Password=…;Database=…"  the PostgreSQL database to fill (its tables are replaced);
#                                                                unset: SQLite only
#   BACKENDS="sqlite postgres"                                   which to run
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$here/../..
out=$here/../out/api; mkdir -p "$out"
n=${EVENTS:-1000000}
backends=${BACKENDS:-sqlite${BENCH_PG:+ postgres}}
command -v wrk >/dev/null || { echo "wrk not found: apt-get install wrk" >&2; exit 1; }
dotnet build -c Release "$here/Api.Bench.csproj" -o "$out/bin" >/dev/null
dotnet build -c Release "$root/src/Faultline.Cli" -o "$out/cli" -p:SkipDashboard=true >/dev/null
port=5091
for backend in $backends; do
  if [ "$backend" = postgres ]; then
    [ -n "${BENCH_PG:-}" ] || { echo "BENCH_PG is not set" >&2; exit 1; }
    [ "${REGENERATE:-1}" = 0 ] || dotnet "$out/bin/Api.Bench.dll" --pg "$BENCH_PG" "$n"
    store=(--pg "$BENCH_PG")
  else
    [ -f "$out/events.db" ] && [ "${REGENERATE:-0}" = 0 ] || dotnet "$out/bin/Api.Bench.dll" "$out/events.db" "$n"
    store=(--db "$out/events.db")
  fi
  if curl -s -o /dev/null "http://127.0.0.1:$port/"; then echo "port $port is already in use: stop that server first" >&2; exit 1; fi
  dotnet "$out/cli/faultline.dll" serve "${store[@]}" --urls "http://127.0.0.1:$port" 2>/dev/null &
  server=$!
  trap 'kill $server 2>/dev/null; wait $server 2>/dev/null; true' EXIT
  for i in $(seq 1 100); do curl -sf "http://127.0.0.1:$port/healthz" >/dev/null && break; sleep 0.2; done
  echo "######## $backend: $(curl -s "http://127.0.0.1:$port/healthz")"
  for path in "/api/events?page_size=50" "/api/events?dyad=PAK:AFG&root=19&page_size=50" "/api/events?actor=IRN&since=2024-01-01&page_size=50" \
              "/api/dyads/PAK/AFG/series?interval=week" "/api/dyads/SDN/MLI/series?interval=month" "/api/network?since=2025-06-01" "/api/actors?q=PAK"; do
    cold=$(curl -s -o /dev/null -w "%{time_total}" "http://127.0.0.1:$port$path")   # first request: fills the result cache
    echo "== $backend GET $path (first request ${cold}s)"
    for load in "-t1 -c4" "-t2 -c16"; do
      echo "-- wrk $load"
      wrk $load -d${SECONDS_PER_ENDPOINT:-15}s --latency "http://127.0.0.1:$port$path" | grep -E "Requests/sec|50%|99%|Non-2xx"
    done
  done
  kill $server 2>/dev/null || true; wait $server 2>/dev/null || true
done
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), .NET $(dotnet --version), PostgreSQL $(psql --version | awk '{print $3}')"
