#!/usr/bin/env bash
# Heap while people upload and download register files at once (README, Measurements, "Files in the register").
# Starts the packaged jar with a small heap on a PostgreSQL database, registers a record, uploads N files of M MiB at
# the same moment, then downloads them at once, and prints the answers, the times and the heap after each.
#
#   ./mvnw -DskipTests package
#   PG_URL=jdbc:postgresql://127.0.0.1:5432/<empty db> PG_USER=… PG_PASSWORD=… bash src/test/bench/upload-heap.sh [N] [MiB] [Xmx]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../../.."
n="${1:-8}" mib="${2:-20}" xmx="${3:-192m}" port="${PORT:-18444}" base="http://127.0.0.1:${PORT:-18444}"
work=$(mktemp -d)
head -c $((mib * 1048576)) /dev/urandom >"$work/file.bin"
java "-Xmx$xmx" -jar app/target/pathway-*[0-9T].jar --server.port="$port" --spring.datasource.url="$PG_URL" \
  --spring.datasource.username="$PG_USER" --spring.datasource.password="$PG_PASSWORD" \
  --pathway.demo.allow-external-database=true --logging.level.root=WARN >"$work/app.log" 2>&1 &
app=$!
trap 'kill $app 2>/dev/null || true; rm -rf "$work"' EXIT
until curl -fs -u demo:demo "$base/engine-rest/engine" >/dev/null 2>&1; do sleep 2; done
json() { python3 -c "import json,sys;print(json.load(sys.stdin)['$1'])"; }
programme=$(curl -s -u tina:tina -H 'Content-Type: application/json' -X POST \
  "$base/engine-rest/process-definition/key/sms-implementation/submit-form" \
  -d '{"businessKey":"upload-heap","variables":{"serviceProvider":{"value":"X"},"scopeStatement":{"value":"S"},"servicesInScope":{"value":"a"},"customersInScope":{"value":"b"},"suppliersInScope":{"value":"c"},"targetEndPhase1":{"value":"2027-03-31"}}}' | json id)
document=$(curl -s -u paul:paul -H 'Content-Type: application/json' -X POST "$base/api/documents" \
  -d "{\"implementationId\":\"$programme\",\"title\":\"Scans\",\"type\":\"record\",\"areas\":[\"document-and-record-management\"],\"ownerGroup\":\"documentation-management\"}" | json id)
heap() { jcmd "$app" GC.heap_info | sed -n 2p; }
start=$(date +%s.%N)
clients=()
for i in $(seq 1 "$n"); do
  curl -s -o /dev/null -w "%{http_code} " -u paul:paul -F "file=@$work/file.bin;type=application/pdf;filename=scan$i.pdf" \
    -F "changeSummary=scan $i" "$base/api/documents/$document/versions" &
  clients+=($!)
done
wait "${clients[@]}"
echo; echo "$n x $mib MiB uploaded at once in $(echo "$(date +%s.%N) - $start" | bc) s; heap: $(heap)"
start=$(date +%s.%N)
clients=()
for i in $(seq 1 "$n"); do
  curl -s -o "$work/down$i.bin" -w "%{http_code} " -u paul:paul "$base/api/documents/$document/versions/$i/content" &
  clients+=($!)
done
wait "${clients[@]}"
echo; echo "$n x $mib MiB downloaded at once in $(echo "$(date +%s.%N) - $start" | bc) s; heap: $(heap)"
for i in $(seq 1 "$n"); do cmp -s "$work/down$i.bin" "$work/file.bin" || echo "download $i differs"; done
echo "OutOfMemoryError in the log: $(grep -c OutOfMemoryError "$work/app.log" || true)"
