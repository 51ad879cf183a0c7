#!/usr/bin/env bash
# Crash test (issue #10 item 8): acknowledged writes must survive a kill -9 of the API, and the SQLite file must
# stay intact.
#
#   bench/crash/run.sh [-n CYCLES] [-w WORKERS] [--api PATH] [--port PORT] [--min S] [--max S] [--keep]
#
#   -n, --cycles   kill/restart cycles (default 5; env CRASH_CYCLES)
#   -w, --workers  concurrent writers (default 8; env CRASH_WORKERS)
#   --api PATH     a published Enforcement.Api.dll, or the folder holding it (env CRASH_API). Without it the
#                  script publishes src/Api into its work folder first (dotnet publish -c Release).
#   --port PORT    port to listen on (default: a free one)
#   --min, --max   the kill comes at a random moment this many seconds after the first acknowledged write
#                  (default 2 and 8)
#   --keep         keep the work folder (database, logs, ack log) even when everything passed
#
# Each cycle: start the API on the same data folder -> (after a crash) verify every write acknowledged before it,
# and PRAGMA integrity_check -> run WORKERS threads registering cases (POST /api/cases) and recording payments
# (POST /api/cases/{id}/payments), logging each 2xx -> kill -9 at a random moment while writes are in flight ->
# integrity_check on a copy of the files exactly as the crash left them. After the last cycle the API is started
# once more, every acknowledged write of every cycle is checked, the API is stopped normally and the file is
# checked again. Exit status: 0 when nothing was lost and every integrity check said "ok", 1 otherwise.
#
# Needs: dotnet, curl, python3 (standard library only), and sqlite3 or python3's sqlite3 module.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
client="$here/crash_client.py"

cycles="${CRASH_CYCLES:-5}"
workers="${CRASH_WORKERS:-8}"
api="${CRASH_API:-}"
port=""
kill_min=2
kill_max=8
keep=0
while [[ $# -gt 0 ]]; do
  case "$1" in
    -n|--cycles) cycles="$2"; shift 2 ;;
    -w|--workers) workers="$2"; shift 2 ;;
    --api) api="$2"; shift 2 ;;
    --port) port="$2"; shift 2 ;;
    --min) kill_min="$2"; shift 2 ;;
    --max) kill_max="$2"; shift 2 ;;
    --keep) keep=1; shift ;;
    -h|--help) sed -n '2,/^set -euo/p' "$0" | sed 's/^# \{0,1\}//; $d'; exit 0 ;;
    *) echo "unknown argument: $1 (try --help)" >&2; exit 2 ;;
  esac
done

for tool in dotnet curl python3; do
  command -v "$tool" >/dev/null || { echo "crash: $tool is required" >&2; exit 2; }
done

work="$(mktemp -d "${TMPDIR:-/tmp}/enforcement-crash.XXXXXX")"
data="$work/data"                      # the API's data folder: database and token-signing keys
db="$data/enforcement.db"
ack_log="$work/acked.jsonl"            # one JSON line per acknowledged (2xx) write
inflight_log="$work/inflight.jsonl"    # requests in flight when the API died: may or may not have committed
token_file="$work/token.json"          # one login, reused by every run of the client
mkdir -p "$data"
api_pid=""
load_pid=""
failed=0               # any failure: lost write, integrity, start-up
integrity_failed=0
touch "$ack_log" "$inflight_log"

log() { printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*"; }

cleanup() {
  [[ -n "$load_pid" ]] && kill "$load_pid" 2>/dev/null || true
  [[ -n "$api_pid" ]] && kill -9 "$api_pid" 2>/dev/null || true
  if [[ "$failed" -eq 0 && "$keep" -eq 0 ]]; then rm -rf "$work"; else echo "crash: work folder kept: $work"; fi
}
trap cleanup EXIT

# --- the API to run --------------------------------------------------------------------------------------------
if [[ -z "$api" ]]; then
  log "publishing src/Api (no --api given) ..."
  dotnet publish "$repo/src/Api" -c Release -o "$work/api" --nologo -v quiet >"$work/publish.log" 2>&1 \
    || { cat "$work/publish.log" >&2; exit 2; }
  api="$work/api"
fi
[[ -d "$api" ]] && api="$api/Enforcement.Api.dll"
[[ -f "$api" ]] || { echo "crash: no such API: $api" >&2; exit 2; }
api_dir="$(cd "$(dirname "$api")" && pwd)"

if [[ -z "$port" ]]; then
  port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')"
fi
base="http://127.0.0.1:$port"

# --- helpers ---------------------------------------------------------------------------------------------------

# Starts the API on the data folder. The content root is the publish folder, so that appsettings.json and
# appsettings.Development.json are read (started from another folder they are silently skipped, and Development
# seeds no demo users); the database and the keys are given as absolute paths. Development seeds the demo users.
start_api() {
  local logfile="$1"
  (
    cd "$data"
    exec env ASPNETCORE_ENVIRONMENT=Development \
      ConnectionStrings__Enforcement="Data Source=$db" \
      Auth__KeysPath="$data/keys" \
      Database__SeedDemoData=true \
      dotnet "$api" --contentRoot "$api_dir" --urls "$base"
  ) >>"$logfile" 2>&1 &
  api_pid=$!
  local i
  for i in $(seq 1 120); do
    if curl -sf -o /dev/null "$base/health/ready"; then return 0; fi
    if ! kill -0 "$api_pid" 2>/dev/null; then
      log "API exited during start-up; see $logfile"; tail -20 "$logfile"; return 1
    fi
    sleep 0.5
  done
  log "API not ready after 60 s; see $logfile"; return 1
}

# PRAGMA integrity_check on a database file; prints the answer ("ok" when sound).
integrity() {
  if command -v sqlite3 >/dev/null; then
    sqlite3 -cmd '.timeout 10000' "$1" 'PRAGMA integrity_check;' 2>&1 | tr '\n' ' ' | sed 's/ $//'
  else
    python3 -c 'import sqlite3,sys; c=sqlite3.connect(sys.argv[1], timeout=10); print(" ".join(r[0] for r in c.execute("PRAGMA integrity_check")))' "$1" 2>&1
  fi
}

check_integrity() {   # check_integrity FILE WHAT
  local answer
  answer="$(integrity "$1")"
  if [[ "$answer" == "ok" ]]; then
    log "integrity_check ($2): ok"
  else
    log "INTEGRITY FAILURE ($2): $answer"; failed=1; integrity_failed=1
  fi
}

client_args=(--base "$base" --token-file "$token_file" --ack-log "$ack_log" --inflight-log "$inflight_log")

# Verifies the acknowledged writes of the given cycles ("all" or "1,2") through the API and in the database file.
# Any lost write or inconsistency fails the run; the verifier's details go to verify-<cycles>.err.
last_verify=""
verify() {
  local out err="$work/verify-${1//,/-}.err"
  out="$(python3 "$client" verify "${client_args[@]}" --workers 4 --db "$db" --cycles "$1" 2>"$err")" || true
  [[ -s "$err" ]] && sed 's/^/    /' "$err" | head -20
  if [[ -z "$out" ]]; then log "verification of cycles $1 did not run"; failed=1; return; fi
  log "verify cycles $1: $out"
  if [[ "$(python3 -c 'import json,sys; print(json.loads(sys.argv[1])["problems"])' "$out")" -ne 0 ]]; then failed=1; fi
  last_verify="$out"
}

# Errors the API logged (fail:/crit: lines and unhandled exceptions) in one log file.
api_errors() { grep -cE '^(fail|crit):|Unhandled exception' "$1" || true; }

random_between() { python3 -c 'import random,sys; print(round(random.uniform(float(sys.argv[1]), float(sys.argv[2])), 2))' "$1" "$2"; }

# --- the cycles ------------------------------------------------------------------------------------------------
log "crash test: $cycles cycles, $workers writers, API $api, work folder $work"
status_5xx=0
inflight_total=0
start_errors=0

for cycle in $(seq 1 "$cycles"); do
  api_log="$work/api-$cycle.log"
  start_api "$api_log" || { failed=1; start_errors=$((start_errors + 1)); break; }
  log "cycle $cycle: API up (pid $api_pid)"
  if [[ "$cycle" -gt 1 ]]; then
    # The restart after the crash of the previous cycle: what it acknowledged must all be there.
    verify "$((cycle - 1))"
    check_integrity "$db" "live, after restart $((cycle - 1))"
    n="$(api_errors "$work/api-$((cycle - 1)).log")"
    [[ "$n" -eq 0 ]] || log "note: API log of cycle $((cycle - 1)) has $n error lines"
  fi

  # Write load in the background until the API dies.
  python3 "$client" load "${client_args[@]}" --workers "$workers" --cycle "$cycle" \
    >"$work/load-$cycle.json" 2>"$work/load-$cycle.err" &
  load_pid=$!
  # Wait for the first acknowledgement of this cycle, then kill at a random moment after it.
  for _ in $(seq 1 100); do
    grep -q "\"cycle\": $cycle," "$ack_log" 2>/dev/null && break
    sleep 0.2
  done
  delay="$(random_between "$kill_min" "$kill_max")"
  sleep "$delay"
  before="$(wc -l <"$ack_log")"
  kill -9 "$api_pid"
  wait "$api_pid" 2>/dev/null || true
  api_pid=""
  log "cycle $cycle: kill -9 after ${delay}s of writes ($before writes acknowledged in all so far)"

  # The client notices the dead connection and stops; give it a moment.
  for _ in $(seq 1 150); do kill -0 "$load_pid" 2>/dev/null || break; sleep 0.2; done
  kill "$load_pid" 2>/dev/null || true
  wait "$load_pid" 2>/dev/null || true
  load_pid=""
  stats="$(cat "$work/load-$cycle.json")"
  [[ -n "$stats" ]] || { log "load client of cycle $cycle printed nothing:"; cat "$work/load-$cycle.err"; failed=1; }
  read -r c p s5 infl statuses < <(python3 -c '
import json,sys
s=json.loads(sys.argv[1] or "{}")
st=s.get("status",{})
print(s.get("cases",0), s.get("payments",0), sum(v for k,v in st.items() if k.startswith("5")), s.get("inflight",0),
      ",".join(f"{k}:{v}" for k,v in sorted(st.items())) or "-")' "$stats")
  status_5xx=$((status_5xx + s5))
  inflight_total=$((inflight_total + infl))
  log "cycle $cycle: acknowledged $c cases + $p payments; statuses $statuses; $infl requests in flight at the kill"
  if [[ "$s5" -gt 0 ]]; then
    log "cycle $cycle: 5xx answers under load, first ones:"
    python3 -c 'import json,sys; [print("   ", json.dumps(e, ensure_ascii=False)[:400]) for e in json.loads(sys.argv[1])["errors5xx"]]' "$stats"
  fi

  unexpected="$(python3 -c '
import json,sys
for e in json.loads(sys.argv[1] or "{}").get("other", []):
    if e["status"] != 409:   # 409 concurrency.conflict: two workers paid into the same case at once
        print("   ", json.dumps(e, ensure_ascii=False)[:400])' "$stats")"
  [[ -z "$unexpected" ]] || { log "cycle $cycle: unexpected refusals under load, first ones:"; echo "$unexpected"; }

  # The files exactly as the crash left them (database and write-ahead log), checked on a copy so that the
  # check's own WAL recovery does not stand in for the API's at the next start.
  snap="$work/snapshot-$cycle"
  mkdir -p "$snap"
  cp "$db" "$snap/"
  [[ -f "$db-wal" ]] && cp "$db-wal" "$snap/"
  check_integrity "$snap/enforcement.db" "crash image $cycle"
  rm -rf "$snap"
done

# --- final restart: everything acknowledged in every cycle -------------------------------------------------------
if [[ "$start_errors" -eq 0 ]]; then
  api_log="$work/api-final.log"
  if start_api "$api_log"; then
    log "final restart: API up (pid $api_pid)"
    verify all      # every cycle, the last crash's writes included
    check_integrity "$db" "live, final"
    kill -TERM "$api_pid"; wait "$api_pid" 2>/dev/null || true; api_pid=""
    check_integrity "$db" "after a normal stop"
  else
    failed=1; start_errors=$((start_errors + 1))
  fi
fi

# --- summary -----------------------------------------------------------------------------------------------------
errors_logged=0
for f in "$work"/api-*.log; do errors_logged=$((errors_logged + $(api_errors "$f"))); done
read -r acked lost committed < <(python3 -c '
import json,sys
v=json.loads(sys.argv[1] or "{}")
print(v.get("acked",0), v.get("lost","?"), v.get("inflightCommitted",0))' "${last_verify:-}")
outcome="integrity ok"
[[ "$integrity_failed" -eq 0 ]] || outcome="integrity FAILED"
[[ "$start_errors" -eq 0 ]] || outcome="$outcome, $start_errors failed start-ups"
log "5xx answers: $status_5xx; requests in flight at kills: $inflight_total (committed anyway: $committed); API error log lines: $errors_logged; start-up failures: $start_errors"
echo "crash: $cycles cycles, $acked acknowledged writes, $lost lost, $outcome"
exit "$failed"
