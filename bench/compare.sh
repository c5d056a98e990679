#!/usr/bin/env bash
# bench/compare.sh - Sealpost against Postfix + OpenDKIM, same harness, same run.
#
# Both relays take smtp-source's load on an allow-listed plain listener and
# forward to smtp-sink on 127.0.0.1:2526, DKIM-signing with the same RSA-2048
# key (d=example.org s=bench); Sealpost also signs with Ed25519 and keeps its
# durable, encrypted queue and hash-chained audit log. Loopback only; every
# run is bounded by N messages and TIMEOUT seconds.
#
# Env: N (5000) SESSIONS (20) SIZE (4096) REPS (3) TIMEOUT (120)
#      SHARED_BENCH (../shared/bench beside the repo)  SKIP_POSTFIX (0)
# Prints the raw relay-load lines, then a summary table with medians.
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
REPO=$(cd "$HERE/.." && pwd)
SHARED_BENCH=${SHARED_BENCH:-$REPO/../shared/bench}
N=${N:-5000} SESSIONS=${SESSIONS:-20} SIZE=${SIZE:-4096} REPS=${REPS:-3} TIMEOUT=${TIMEOUT:-120}
SKIP_POSTFIX=${SKIP_POSTFIX:-0}
SP_PORT=2527 SINK_PORT=2526 PF_PORT=2525
KEY=/var/lib/pfbench/dkim/bench.private

bash "$SHARED_BENCH/peers-setup.sh" >/dev/null
WORK=$(mktemp -d /tmp/sealpost-bench.XXXXXX)
chmod 755 "$WORK"   # smtp-sink runs as nobody and writes the DKIM-check dumps below it
SP_PID=
cleanup() {
  if [ -n "$SP_PID" ] && [ -d "/proc/$SP_PID" ]; then kill -TERM "$SP_PID" 2>/dev/null || true; wait "$SP_PID" 2>/dev/null || true; fi
  bash "$SHARED_BENCH/peers-ctl.sh" stop >/dev/null 2>&1 || true
  rm -rf "$WORK"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

(cd "$REPO" && go build -o "$WORK/sealpost" ./cmd/sealpost)
SP=$WORK/sealpost

setup_sealpost() {
  rm -rf "$WORK/sp" && mkdir -p "$WORK/sp/dkim"
  cp "$KEY" "$WORK/sp/dkim/bench.private"
  "$SP" dkim keygen -domain example.org -selector ed -algo ed25519 -out "$WORK/sp/dkim/ed.private" >/dev/null 2>&1
  cat >"$WORK/sp/sealpost.yaml" <<YAML
hostname: relay.bench.test
data_dir: data
listeners:
  submission: {address: ""}
  submissions: {address: ""}
  relay:
    address: 127.0.0.1:$SP_PORT
    allow_networks: [127.0.0.0/8]
    may_send_as: ["@example.org"]
tls: {cert_file: cert.pem, key_file: key.pem}
dkim:
  - {domain: example.org, selector: bench, key_file: dkim/bench.private}
  - {domain: example.org, selector: ed, key_file: dkim/ed.private}
delivery:
  routes: {example.net: "127.0.0.1:$SINK_PORT"}
master_key: {file: master.key}
log: {level: warn}
YAML
  (cd "$WORK/sp" && "$SP" init -hostname relay.bench.test "$WORK/sp-init" >/dev/null \
     && cp "$WORK/sp-init/master.key" master.key && cp "$WORK/sp-init/tls/cert.pem" cert.pem \
     && cp "$WORK/sp-init/tls/key.pem" key.pem)
}

start_sealpost() {
  "$SP" serve -config "$WORK/sp/sealpost.yaml" >"$WORK/sp.log" 2>&1 &
  SP_PID=$!
  for _ in $(seq 1 100); do ss -ltnH "( sport = :$SP_PORT )" | grep -q . && return 0; sleep 0.1; done
  echo "compare: sealpost did not start:" >&2; cat "$WORK/sp.log" >&2; exit 1
}

stop_sealpost() {
  kill -TERM "$SP_PID"; wait "$SP_PID" 2>/dev/null || true; SP_PID=
}

run_load() { # name target watch
  CPU_WATCH="$3" TIMEOUT=$TIMEOUT bash "$SHARED_BENCH/relay-load.sh" "$2" "$SINK_PORT" "$N" "$SESSIONS" "$SIZE" \
    | sed "s/^/relay=$1 /" | tee -a "$WORK/raw"
}

: >"$WORK/raw"
setup_sealpost
# DKIM check first: 5 messages dumped by the sink, verified offline.
start_sealpost
mkdir -p "$WORK/dump"
DUMP_DIR=$WORK/dump bash "$SHARED_BENCH/relay-load.sh" 127.0.0.1:$SP_PORT $SINK_PORT 5 1 "$SIZE" >/dev/null
/usr/bin/python3 "$SHARED_BENCH/verify-dkim.py" /var/lib/pfbench/dkim/bench.txt "$WORK"/dump/* | tail -1 | sed 's/^/sealpost dkim-check: /'
stop_sealpost
for r in $(seq 1 "$REPS"); do
  rm -rf "$WORK/sp/data"
  start_sealpost
  run_load sealpost 127.0.0.1:$SP_PORT "relay=$SP_PID" || true
  stop_sealpost
done
if [ "$SKIP_POSTFIX" != 1 ]; then
  bash "$SHARED_BENCH/peers-ctl.sh" start dkim-unix >/dev/null
  for r in $(seq 1 "$REPS"); do
    bash "$SHARED_BENCH/peers-ctl.sh" flush >/dev/null
    run_load postfix-opendkim 127.0.0.1:$PF_PORT "$(bash "$SHARED_BENCH/peers-ctl.sh" pids)" || true
  done
  bash "$SHARED_BENCH/peers-ctl.sh" stop >/dev/null
fi

echo
awk -v n="$N" '
  { rel=""; for (i=1;i<=NF;i++) { split($i, kv, "="); v[kv[1]]=kv[2] } rel=v["relay"];
    d[rel]=d[rel] " " v["delivered_per_s"]; c[rel]=c[rel] " " (v["cpu_other_s"]/n*1000); ok[rel]+=v["complete"]; reps[rel]++ }
  function median(s,   a, k, i, j, t) { k=split(s, a, " "); for (i=1;i<=k;i++) for (j=i+1;j<=k;j++) if (a[j]+0<a[i]+0) { t=a[i]; a[i]=a[j]; a[j]=t }
    return a[int((k+1)/2)] }
  END { printf "relay | delivered msgs/s (median) | CPU ms/msg (relay side, median) | complete runs\n";
    for (r in d) { m[r]=median(d[r]); printf "%s | %.0f | %.2f | %d/%d\n", r, m[r], median(c[r]), ok[r], reps[r] }
    if (m["postfix-opendkim"] > 0) printf "ratio sealpost/postfix-opendkim: %.2f\n", m["sealpost"]/m["postfix-opendkim"] }
' "$WORK/raw"
