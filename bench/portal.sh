#!/usr/bin/env bash
# bench/portal.sh - verified page views per second on the pickup portal.
#
# Runs sealpost (starter config, pickup on 127.0.0.1:PORTAL_PORT over TLS)
# and the development sink, submits one PHI message with an attachment,
# follows the notice's link through the one-time code as a recipient
# would, then points wrk at the message view with that verified session.
# Every view opens the sealed pickup, parses and sanitises it: nothing is
# cached. Loopback only; wrk runs DURATION seconds. Installs wrk and swaks
# if missing (as root).
#
# Env: DURATION (15) CONNECTIONS (20) THREADS (2) PORTAL_PORT (8453)
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
REPO=$(cd "$HERE/.." && pwd)
DURATION=${DURATION:-15} CONNECTIONS=${CONNECTIONS:-20} THREADS=${THREADS:-2}
PORTAL_PORT=${PORTAL_PORT:-8453} SUB_PORT=1598 SINK_PORT=2546

need=()
command -v wrk >/dev/null || need+=(wrk)
command -v swaks >/dev/null || need+=(swaks)
if [ ${#need[@]} -gt 0 ]; then
  apt-get update -qq && apt-get install -y -qq "${need[@]}" >/dev/null
fi

WORK=$(mktemp -d /tmp/sealpost-portal.XXXXXX)
PIDS=()
cleanup() {
  for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done
  for p in "${PIDS[@]}"; do wait "$p" 2>/dev/null || true; done
  rm -rf "$WORK"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

(cd "$REPO" && go build -o "$WORK/sealpost" ./cmd/sealpost && go build -o "$WORK/sink" ./cmd/sealpost-sink)
cd "$WORK"
./sealpost init -hostname relay.example.org demo >/dev/null
sed -i "s|^  # routes:\$|  routes:\n    example.net: 127.0.0.1:$SINK_PORT|" demo/sealpost.yaml
sed -i "s|127.0.0.1:1587|127.0.0.1:$SUB_PORT|; s|127.0.0.1:1465|127.0.0.1:0|" demo/sealpost.yaml
sed -i "s|^  # listen: 127.0.0.1:8443|  listen: 127.0.0.1:$PORTAL_PORT|" demo/sealpost.yaml
sed -i "s|^  # base_url: https://relay.example.org:8443.*|  base_url: https://127.0.0.1:$PORTAL_PORT|" demo/sealpost.yaml
sed -i "s|^  wkd: true|  wkd: false|" demo/sealpost.yaml
echo 'bench password for the portal' | ./sealpost user add -config demo/sealpost.yaml alice@example.org >/dev/null 2>&1
mkdir got
./sink -addr 127.0.0.1:$SINK_PORT -dir got >sink.log 2>&1 & PIDS+=($!)
./sealpost serve -config demo/sealpost.yaml >serve.log 2>&1 & PIDS+=($!)
for _ in $(seq 50); do curl -sk -o /dev/null "https://127.0.0.1:$PORTAL_PORT/" && break; sleep 0.2; done

head -c 200000 /dev/urandom >scan.bin
printf 'Patient: Ana Quispe, DOB 03/04/1961, MRN 7720431.\nYour biopsy shows no malignancy; the report is attached.\n' >body.txt
swaks --server 127.0.0.1:$SUB_PORT --tls --auth LOGIN --auth-user alice@example.org \
  --auth-password 'bench password for the portal' --from alice@example.org --to pat@example.net \
  --h-Subject "Your biopsy results" --body body.txt --attach @scan.bin >swaks.log 2>&1

wait_file() { for _ in $(seq 100); do [ -s "$1" ] && return 0; sleep 0.1; done; echo "no $1" >&2; exit 1; }
wait_file got/1.eml
TOKEN=$(grep -o "/p/[A-Za-z0-9_-]\{43\}" got/1.eml | head -1 | cut -c4-)
U="https://127.0.0.1:$PORTAL_PORT/p/$TOKEN"
csrf() { grep -o 'name="csrf" value="[^"]*"' "$1" | head -1 | sed 's/.*value="//; s/"$//'; }
curl -sk -c jar -b jar "$U" >landing.html
curl -sk -c jar -b jar --data-urlencode "csrf=$(csrf landing.html)" "$U/code" >code.html
wait_file got/2.eml
CODE=$(sed -n '/^Content-Type: text\/plain/,/^--/p' got/2.eml | grep -o '\b[0-9]\{8\}\b' | head -1)
curl -sk -c jar -b jar -o /dev/null --data-urlencode "csrf=$(csrf code.html)" --data-urlencode "code=$CODE" "$U/verify"
COOKIE=$(awk '$6 ~ /sealpost/ {print $6 "=" $7}' jar)
status=$(curl -sk -o view.html -w '%{http_code}' -H "Cookie: $COOKIE" "$U/view")
grep -q "no malignancy" view.html || { echo "the verified view does not show the message (HTTP $status)" >&2; exit 1; }

echo "wrk: $THREADS threads, $CONNECTIONS connections, ${DURATION}s, GET /p/TOKEN/view with a verified session"
wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" --latency -H "Cookie: $COOKIE" "$U/view"
