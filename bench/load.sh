#!/usr/bin/env bash
# Load test: many teachers at once through the goal-first conversation, against the real bot jar,
# with the Bot Framework SDK's echo bot on the same stack as the baseline, in one run.
#
# Starts the echo bot (bench/target/bench-*-echo.jar) and then the HGW bot (bot/target/hgw-bot.jar,
# local mode, embedded MongoDB in a fresh temporary data directory), each on its own loopback port,
# and drives CONVERSATIONS conversations at once against each for WARMUP + DURATION seconds with
# the load client (nl.hgw.bench.load.LoadClient), which also plays the Bot Connector that receives
# the replies. Every HGW round: a note about a new pupil, the goal, the needs card submitted as
# shown, "1: intensief", "3 en 4" -> "Opgeslagen!" and the pupil's card. The echo bot gets the same
# five messages per round and echoes each. A turn lasts from sending the activity until both the
# HTTP 202 and the turn's last reply at the Connector have arrived. No think time unless THINK_MS:
# a closed loop, so each bot runs at its saturation throughput. With THINK_MS every turn first waits
# a random pause of that mean (exponential, the same pauses in every run): independent teachers.
#
# Prints per bot: turns/s, completed conversations/s, p50/p90/p99/max turn latency, errors,
# peak RSS (VmHWM); for the HGW bot the needs stored in MongoDB against the rounds it confirmed
# (counted live through the driver, then again from the data directory after the bot stopped);
# and last the p99 ratio HGW/echo.
#
# Two instances (INSTANCES=2): after the echo bot, the HGW bot runs twice, each time on a fresh
# database served by a separate `java -jar hgw-bot.jar embedded-mongo --port MONGO_PORT` process
# that the bots reach through MONGODB_URI: first one bot process, then INSTANCES bot processes
# (ports BOT_PORT, BOT_PORT+10, ...) with every conversation's turns spread round-robin over them
# (each turn to the next instance, as a load balancer without affinity would). Prints the same
# figures for both and the throughput factor INSTANCES / 1 from the same run. On one machine the
# instances share its cores: the factor says what the lock and the shared database cost, and how
# much an idle core is worth, not what two machines would give.
#
# Usage: bench/load.sh                       (defaults below)
#        CONVERSATIONS=50 DURATION=60s bench/load.sh
#        INSTANCES=2 DURATION=5m bench/load.sh
#        BOT_URLS=http://127.0.0.1:3978,http://127.0.0.1:3988 MONGODB_URI=mongodb://127.0.0.1:27017 ECHO=0 bench/load.sh
# Environment:
#   CONVERSATIONS  conversations at once (200)         DURATION   time measured per bot (300; 60s, 5m)
#   WARMUP         time before measuring (20; 20s)     THINK_MS   mean pause before every turn (0)
#   INSTANCES      HGW bot processes on one shared database (1; see above)
#   MONGO_PORT     the shared embedded-mongo's port with INSTANCES > 1 (27117)
#   TURN_TIMEOUT   seconds a turn may take (30)        ECHO       1 = also run the echo baseline (1)
#   BOT_PORT       the HGW bot's port (3981)           ECHO_PORT  the echo bot's port (3982)
#   BOT_JAR        the bot to start (bot/target/hgw-bot.jar; e.g. an extracted one, see README)
#   CONNECTOR_PORT the load client's Connector (0 = any free port)
#   BOT_URLS       comma-separated URLs of bots already running (round-robin by conversation);
#                  then no HGW bot is started, and they must send replies to this machine's loopback
#   MONGODB_URI    count the needs in this MongoDB (with BOT_URLS; without, the started bot uses it)
#   MONGODB_DATABASE  (hgw)    BOT_PIDS  pids of the BOT_URLS bots, for their peak RSS
#   BOT_JAVA_OPTS / ECHO_JAVA_OPTS / CLIENT_JAVA_OPTS   extra JVM options
#   KEEP=1         keep the temporary folder (logs, results) and print where it is
set -euo pipefail
cd "$(dirname "$0")/.."

CONVERSATIONS="${CONVERSATIONS:-200}"
# seconds from 300, 300s, 5m
seconds() {
  case "$1" in
    *[0-9]s) echo "${1%s}" ;;
    *[0-9]m) echo $(( ${1%m} * 60 )) ;;
    *[0-9]) echo "$1" ;;
    *) echo "not a duration: $1 (e.g. 300, 60s, 5m)" >&2; exit 2 ;;
  esac
}
DURATION=$(seconds "${DURATION:-300}")
WARMUP=$(seconds "${WARMUP:-20}")
INSTANCES="${INSTANCES:-1}"
MONGO_PORT="${MONGO_PORT:-27117}"
THINK_MS="${THINK_MS:-0}"
TURN_TIMEOUT="${TURN_TIMEOUT:-30}"
ECHO="${ECHO:-1}"
BOT_PORT="${BOT_PORT:-3981}"
ECHO_PORT="${ECHO_PORT:-3982}"
CONNECTOR_PORT="${CONNECTOR_PORT:-0}"
BOT_URLS="${BOT_URLS:-}"
MONGODB_URI="${MONGODB_URI:-}"
MONGODB_DATABASE="${MONGODB_DATABASE:-hgw}"
BOT_PIDS="${BOT_PIDS:-}"

bot_jar="${BOT_JAR:-bot/target/hgw-bot.jar}"
bench_jar=bench/target/benchmarks.jar
if [ -z "$BOT_URLS" ] && [ ! -f "$bot_jar" ]; then
  echo "building $bot_jar ..."
  ./mvnw -q -B -o -DskipTests package -pl bot -am >/dev/null
fi
if [ ! -f "$bench_jar" ] || ! ls bench/target/bench-*-echo.jar >/dev/null 2>&1; then
  echo "building the bench module ..."
  ./mvnw -q -B -o -Pbench -DskipTests package -pl bench -am >/dev/null
fi
echo_jar=$(ls bench/target/bench-*-echo.jar | head -n 1)

tmp=$(mktemp -d "${TMPDIR:-/tmp}/hgw-load.XXXXXX")
started=()
cleanup() {
  local pid
  for pid in ${started[@]+"${started[@]}"}; do
    if kill -0 "$pid" 2>/dev/null; then
      kill "$pid" 2>/dev/null || true
      for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
      kill -9 "$pid" 2>/dev/null || true
    fi
  done
  if [ "${KEEP:-0}" = 1 ]; then echo "kept: $tmp"; else rm -rf "$tmp"; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# start NAME LOG CMD...: starts a process in the background; its pid in $last_pid
start() {
  local log="$1"; shift
  "$@" >"$log" 2>&1 &
  last_pid=$!
  started+=("$last_pid")
}

# stop PID: SIGTERM, wait up to 30 s, then SIGKILL
stop() {
  local pid="$1"
  kill "$pid" 2>/dev/null || return 0
  for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || return 0; sleep 0.5; done
  kill -9 "$pid" 2>/dev/null || true
}

# wait_http URL PID LOG: until the URL answers with any HTTP status (120 s), or the process died
wait_http() {
  local url="$1" pid="$2" log="$3" code
  for _ in $(seq 1 240); do
    if ! kill -0 "$pid" 2>/dev/null; then
      echo "the process died while starting; its log:" >&2; tail -n 40 "$log" >&2; exit 1
    fi
    code=$(curl -s -o /dev/null -w '%{http_code}' "$url" || true)
    if [ "$code" != "000" ]; then return 0; fi
    sleep 0.5
  done
  echo "no answer from $url after 120 s; the log:" >&2; tail -n 40 "$log" >&2; exit 1
}

peak_rss() {
  local kb=0 pid
  for pid in $1; do
    kb=$((kb + $(awk '/^VmHWM:/ {print $2}' "/proc/$pid/status" 2>/dev/null || echo 0)))
  done
  echo "$kb"
}

# load LABEL SCENARIO URLS RESULT [extra client options]: runs the load client, prints its report
load() {
  local label="$1" scenario="$2" urls="$3" result="$4"; shift 4
  # in the background and waited for, so that Ctrl-C or a TERM reaches the trap at once
  # shellcheck disable=SC2086
  java ${CLIENT_JAVA_OPTS:-} -cp "$bench_jar" nl.hgw.bench.load.LoadClient --label="$label" --scenario="$scenario" \
    --bot-urls="$urls" --conversations="$CONVERSATIONS" --duration="$DURATION" --warmup="$WARMUP" \
    --think-ms="$THINK_MS" --turn-timeout="$TURN_TIMEOUT" --connector-port="$CONNECTOR_PORT" \
    --database="$MONGODB_DATABASE" --result-out="$result" "$@" 2>"$tmp/client-$scenario.err" &
  local client=$!
  started+=("$client")
  wait "$client" || { echo "the load client failed:" >&2; grep -v SLF4J "$tmp/client-$scenario.err" >&2; exit 1; }
}

get() { awk -F= -v k="$2" '$1 == k {print $2}' "$1"; }

echo "date $(date -u +%FT%TZ); $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)), $(free -m | awk '/^Mem:/ {print $2}') MiB memory;" \
  "$(java -version 2>&1 | head -n 1); commit $(git rev-parse --short HEAD 2>/dev/null || echo '?')"
echo "load: $CONVERSATIONS conversations, warm-up ${WARMUP}s, measured ${DURATION}s per bot, think ${THINK_MS} ms;" \
  "instances $INSTANCES; load average $(cut -d' ' -f1-3 /proc/loadavg) (other users of the machine count)"

# --- the echo bot ------------------------------------------------------------------------------
if [ "$ECHO" = 1 ]; then
  # shellcheck disable=SC2086
  start "$tmp/echo.log" java ${ECHO_JAVA_OPTS:-} -jar "$echo_jar" --server.port="$ECHO_PORT"
  echo_pid=$last_pid
  wait_http "http://127.0.0.1:$ECHO_PORT/api/messages" "$echo_pid" "$tmp/echo.log"
  echo
  load "echo bot (SDK 4.14.3 ActivityHandler)" echo "http://127.0.0.1:$ECHO_PORT" "$tmp/echo.result"
  echo "bot_rss_mib=$(( $(peak_rss "$echo_pid") / 1024 ))" >>"$tmp/echo.result"
  echo "  peak RSS (VmHWM): $(get "$tmp/echo.result" bot_rss_mib) MiB"
  stop "$echo_pid"
fi

# --- the HGW bot ---------------------------------------------------------------------------------

# wait_mongo PORT PID LOG: until the embedded-mongo process serves (60 s)
wait_mongo() {
  for _ in $(seq 1 120); do
    if ! kill -0 "$2" 2>/dev/null; then
      echo "embedded-mongo died while starting; its log:" >&2; tail -n 40 "$3" >&2; exit 1
    fi
    if grep -q "serving mongodb://127.0.0.1:$1" "$3"; then return 0; fi
    sleep 0.5
  done
  echo "embedded-mongo did not start in 60 s; its log:" >&2; tail -n 40 "$3" >&2; exit 1
}

# check_log LOG: prints a bot log's ERROR lines, if any
check_log() {
  if grep -q ' ERROR ' "$1"; then
    echo "  $(basename "$1") has $(grep -c ' ERROR ' "$1") ERROR lines, e.g.:"
    grep ' ERROR ' "$1" | head -n 3 | cut -c1-300 | sed 's/^/    /'
  fi
}

# hgw NAME N SHARED: starts N bot processes (SHARED=1: on a separate embedded-mongo process, else
# the bot's own embedded database), runs the load client against them, stops them and counts the
# needs again from the data directory. The figures go to $tmp/NAME.result.
hgw() {
  local name="$1" n="$2" shared="$3" data="$tmp/data-$1" uri="$MONGODB_URI" mongo_pid="" urls="" pids="" i port
  local spread=conversation
  if [ "$shared" = 1 ]; then
    start "$tmp/$name-mongo.log" java -jar "$bot_jar" embedded-mongo --data-dir "$data" --port "$MONGO_PORT"
    mongo_pid=$last_pid
    wait_mongo "$MONGO_PORT" "$mongo_pid" "$tmp/$name-mongo.log"
    uri="mongodb://127.0.0.1:$MONGO_PORT"
  fi
  for i in $(seq 0 $((n - 1))); do
    port=$((BOT_PORT + 10 * i))
    # shellcheck disable=SC2086
    start "$tmp/$name-bot$i.log" env MicrosoftAppId= MicrosoftAppPassword= MONGODB_URI="$uri" \
      MONGODB_DATABASE="$MONGODB_DATABASE" HGW_DATA_DIR="$([ "$shared" = 1 ] && echo "$tmp/$name-files$i" || echo "$data")" \
      SERVER_PORT="$port" \
      java ${BOT_JAVA_OPTS:-} -jar "$bot_jar"
    pids="$pids $last_pid"
    urls="${urls:+$urls,}http://127.0.0.1:$port"
  done
  i=0
  for pid in $pids; do
    wait_http "http://127.0.0.1:$((BOT_PORT + 10 * i))/actuator/health" "$pid" "$tmp/$name-bot$i.log"
    i=$((i + 1))
  done
  if [ -z "$uri" ]; then
    port=$(grep -o 'Embedded MongoDB on 127.0.0.1:[0-9]*' "$tmp/$name-bot0.log" | head -n 1 | sed 's/.*://')
    uri="mongodb://127.0.0.1:$port"
  fi
  if [ "$n" -gt 1 ]; then spread=turn; fi
  local label="HGW bot, $n instance"
  if [ "$n" -gt 1 ]; then label="${label}s"; fi
  if [ "$shared" = 1 ]; then label="$label, shared embedded-mongo process"; fi
  echo
  load "$label" hgw "$urls" "$tmp/$name.result" --saved-out="$tmp/$name-saved.tsv" --mongodb-uri="$uri" \
    --spread="$spread"
  local rss
  rss=$(( $(peak_rss "$pids") / 1024 ))
  echo "bot_rss_mib=$rss" >>"$tmp/$name.result"
  if [ -n "$mongo_pid" ]; then
    echo "mongo_rss_mib=$(( $(peak_rss "$mongo_pid") / 1024 ))" >>"$tmp/$name.result"
    echo "  peak RSS (VmHWM): $rss MiB in $n bot process(es) together, $(get "$tmp/$name.result" mongo_rss_mib) MiB the embedded-mongo process"
  else
    echo "  peak RSS (VmHWM): $rss MiB"
  fi
  for pid in $pids; do stop "$pid"; done
  if [ -n "$mongo_pid" ]; then stop "$mongo_pid"; fi
  if [ -z "$MONGODB_URI" ]; then
    java -cp "$bench_jar" nl.hgw.bench.load.NeedsCheck --saved="$tmp/$name-saved.tsv" --data-dir="$data" \
      --database="$MONGODB_DATABASE" --prefix=disk_ --result-out="$tmp/$name.result" 2>/dev/null | sed 's/^/  /'
  fi
  for i in $(seq 0 $((n - 1))); do check_log "$tmp/$name-bot$i.log"; done
}

runs=()
if [ -n "$BOT_URLS" ]; then
  echo
  extra=(--saved-out="$tmp/given-saved.tsv" --spread="${SPREAD:-conversation}")
  if [ -n "$MONGODB_URI" ]; then extra+=(--mongodb-uri="$MONGODB_URI"); else echo "  needs not counted: give MONGODB_URI"; fi
  load "HGW bot at $BOT_URLS" hgw "$BOT_URLS" "$tmp/given.result" "${extra[@]}"
  if [ -n "$BOT_PIDS" ]; then
    echo "bot_rss_mib=$(( $(peak_rss "$BOT_PIDS") / 1024 ))" >>"$tmp/given.result"
    echo "  peak RSS (VmHWM): $(get "$tmp/given.result" bot_rss_mib) MiB"
  fi
  runs+=(given)
elif [ "$INSTANCES" -gt 1 ]; then
  if [ -n "$MONGODB_URI" ]; then
    echo "INSTANCES > 1 starts its own shared database; leave MONGODB_URI empty" >&2; exit 2
  fi
  hgw one 1 1
  hgw many "$INSTANCES" 1
  runs+=(one many)
else
  hgw one 1 0
  runs+=(one)
fi

# --- the summary: against the target of 0 errors, 0 lost needs, p99 <= 1.5x the echo bot's --------
echo
echo "summary ($CONVERSATIONS conversations, ${DURATION}s measured after ${WARMUP}s warm-up, $(nproc) cores):"
printf '  %-44s %9s %9s %9s %7s %17s %9s\n' run turns/s p50_ms p99_ms errors needs_stored/exp rss_mib
row() {
  local r="$1" label="$2" needs="-"
  if [ -n "$(get "$r" needs_expected)" ]; then
    needs="$(get "$r" needs_stored)/$(get "$r" needs_expected)"
  fi
  printf '  %-44s %9s %9s %9s %7s %17s %9s\n' "$label" "$(get "$r" turns_per_s)" "$(get "$r" p50_ms)" \
    "$(get "$r" p99_ms)" "$(get "$r" errors)" "$needs" "$(get "$r" bot_rss_mib)"
}
if [ "$ECHO" = 1 ]; then row "$tmp/echo.result" "echo bot"; fi
for r in "${runs[@]}"; do row "$tmp/$r.result" "$(get "$tmp/$r.result" label)"; done
for r in "${runs[@]}"; do
  echo "  $(get "$tmp/$r.result" label): lost needs $(get "$tmp/$r.result" lost) (counted live)," \
    "$(get "$tmp/$r.result" disk_lost) (from the data directory after the stop);" \
    "timed-out turns $(get "$tmp/$r.result" timeouts), missing replies $(get "$tmp/$r.result" missing_replies)"
done
if [ "$ECHO" = 1 ]; then
  awk -v b="$(get "$tmp/${runs[0]}.result" p99_ms)" -v e="$(get "$tmp/echo.result" p99_ms)" \
      -v bt="$(get "$tmp/${runs[0]}.result" turns_per_s)" -v et="$(get "$tmp/echo.result" turns_per_s)" 'BEGIN {
    printf "p99 ratio HGW (1 instance)/echo: %.2f (target <= 1.5); throughput ratio HGW/echo: %.3f\n", b / e, bt / et
  }'
fi
if [ "${#runs[@]}" -gt 1 ]; then
  awk -v one="$(get "$tmp/one.result" turns_per_s)" -v many="$(get "$tmp/many.result" turns_per_s)" -v n="$INSTANCES" \
      -v p1="$(get "$tmp/one.result" p99_ms)" -v pn="$(get "$tmp/many.result" p99_ms)" 'BEGIN {
    printf "throughput factor %d instances / 1 instance: %.2f (p99 %.1f ms vs %.1f ms)\n", n, many / one, pn, p1
  }'
fi
