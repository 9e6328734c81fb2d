#!/usr/bin/env bash
# HTTP throughput of the institution search, GET /api/v1/institutions?q=..., under wrk:
# Orbis against nginx (the ceiling) serving the very same response bytes as a static file
# on the same machine, with the same number of worker threads and connections. Prints
# requests per second, latency and the Orbis/nginx ratio for each query.
# usage: bench/http_throughput.sh [SECONDS]   (needs nginx and wrk: scripts/install-deps --bench)
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-8}
threads=2
connections=32
bin=build/src/app/orbis
[ -x "$bin" ] || { echo "build first: scripts/build" >&2; exit 2; }
command -v wrk >/dev/null && command -v nginx >/dev/null || { echo "needs wrk and nginx: scripts/install-deps --bench" >&2; exit 2; }

tmp=$(mktemp -d)
cleanup() {
  [ -n "${orbis_pid:-}" ] && kill "$orbis_pid" 2>/dev/null || true
  [ -f "$tmp/nginx.pid" ] && kill "$(cat "$tmp/nginx.pid")" 2>/dev/null || true
  rm -rf "$tmp"
}
trap cleanup EXIT

"$bin" demo --db "$tmp/demo.db" >/dev/null
"$bin" serve --db "$tmp/demo.db" --port 0 --threads "$threads" >"$tmp/serve.out" 2>"$tmp/serve.err" &
orbis_pid=$!
for _ in $(seq 100); do grep -q listening "$tmp/serve.out" 2>/dev/null && break; sleep 0.1; done
orbis_port=$(grep -oE '[0-9]+$' "$tmp/serve.out")
token=$(curl -sf -X POST -H 'Content-Type: application/json' \
  -d '{"email":"viewer@westlake.edu.cn","password":"orbis-demo-2026"}' \
  "http://127.0.0.1:$orbis_port/api/v1/auth/login" | python3 -c 'import json,sys; print(json.load(sys.stdin)["token"])')

# nginx: the same bytes, from a file, on a free port.
nginx_port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
mkdir -p "$tmp/www/api/v1"
cat >"$tmp/nginx.conf" <<CONF
worker_processes $threads;
pid $tmp/nginx.pid;
error_log $tmp/nginx-error.log;
events { worker_connections 1024; }
http {
  access_log off;
  server {
    listen 127.0.0.1:$nginx_port;
    root $tmp/www;
    location = /api/v1/institutions { default_type application/json; try_files /api/v1/institutions.\$arg_case.json =404; }
  }
}
CONF
nginx -c "$tmp/nginx.conf" -p "$tmp"

rps() { grep -oE 'Requests/sec:[[:space:]]+[0-9.]+' | grep -oE '[0-9.]+$'; }
latency() { grep -E '^[[:space:]]+Latency' | awk '{print $2}'; }

echo "HTTP throughput, ${seconds}s per run, wrk -t$threads -c$connections, both servers with $threads worker threads"
printf '%-34s %14s %12s %14s %12s %8s\n' "query" "Orbis req/s" "latency" "nginx req/s" "latency" "ratio"
case_no=0
for q in "westlake" "university" "%E8%A5%BF%E6%B9%96" "zhejiang%20univ"; do
  case_no=$((case_no + 1))
  path="/api/v1/institutions?q=$q&limit=20"
  curl -sf -H "Authorization: Bearer $token" "http://127.0.0.1:$orbis_port$path" >"$tmp/www/api/v1/institutions.$case_no.json"
  orbis_out=$(wrk -t$threads -c$connections -d"${seconds}s" -H "Authorization: Bearer $token" "http://127.0.0.1:$orbis_port$path")
  nginx_out=$(wrk -t$threads -c$connections -d"${seconds}s" -H "Authorization: Bearer $token" "http://127.0.0.1:$nginx_port/api/v1/institutions?q=$q&limit=20&case=$case_no")
  o=$(echo "$orbis_out" | rps); n=$(echo "$nginx_out" | rps)
  printf '%-34s %14s %12s %14s %12s %8.2f\n' "$(python3 -c "import urllib.parse,sys; print(urllib.parse.unquote(sys.argv[1]))" "$q") ($(wc -c <"$tmp/www/api/v1/institutions.$case_no.json") B)" \
    "$o" "$(echo "$orbis_out" | latency)" "$n" "$(echo "$nginx_out" | latency)" "$(python3 -c "print($o/$n)")"
done
