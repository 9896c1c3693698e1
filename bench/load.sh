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
# a closed loop, so each bot runs at its saturation throughput.
#
# Prints per bot: turns/s, completed conversations/s, p50/p90/p99/max turn latency, errors,
# peak RSS (VmHWM); for the HGW bot the needs stored in MongoDB against the rounds it confirmed
# (counted live through the driver, then again from the data directory after the bot stopped);
# and last the p99 ratio HGW/echo.
#
# Usage: bench/load.sh                       (defaults below)
#        CONVERSATIONS=50 DURATION=60 bench/load.sh
#        BOT_URLS=http://127.0.0.1:3978,http://127.0.0.1:3988 MONGODB_URI=mongodb://127.0.0.1:27017 ECHO=0 bench/load.sh
# Environment:
#   CONVERSATIONS  conversations at once (200)         DURATION   seconds measured per bot (300)
#   WARMUP         seconds before measuring (20)       THINK_MS   pause before every turn (0)
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
DURATION="${DURATION:-300}"
WARMUP="${WARMUP:-20}"
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

echo "load: $CONVERSATIONS conversations, warm-up ${WARMUP}s, measured ${DURATION}s per bot, think ${THINK_MS} ms;" \
  "$(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"

# --- the echo bot ------------------------------------------------------------------------------
if [ "$ECHO" = 1 ]; then
  # shellcheck disable=SC2086
  start "$tmp/echo.log" java ${ECHO_JAVA_OPTS:-} -jar "$echo_jar" --server.port="$ECHO_PORT"
  echo_pid=$last_pid
  wait_http "http://127.0.0.1:$ECHO_PORT/api/messages" "$echo_pid" "$tmp/echo.log"
  echo
  load "echo bot (SDK 4.14.3 ActivityHandler)" echo "http://127.0.0.1:$ECHO_PORT" "$tmp/echo.result"
  echo "  peak RSS (VmHWM): $(( $(peak_rss "$echo_pid") / 1024 )) MiB"
  stop "$echo_pid"
fi

# --- the HGW bot -------------------------------------------------------------------------------
echo
saved="$tmp/saved.tsv"
if [ -z "$BOT_URLS" ]; then
  data="$tmp/data"
  # shellcheck disable=SC2086
  start "$tmp/bot.log" env MicrosoftAppId= MicrosoftAppPassword= MONGODB_URI="$MONGODB_URI" \
    MONGODB_DATABASE="$MONGODB_DATABASE" HGW_DATA_DIR="$data" SERVER_PORT="$BOT_PORT" \
    java ${BOT_JAVA_OPTS:-} -jar "$bot_jar"
  bot_pid=$last_pid
  wait_http "http://127.0.0.1:$BOT_PORT/actuator/health" "$bot_pid" "$tmp/bot.log"
  urls="http://127.0.0.1:$BOT_PORT"
  pids="$bot_pid"
  uri="$MONGODB_URI"
  if [ -z "$uri" ]; then
    port=$(grep -o 'Embedded MongoDB on 127.0.0.1:[0-9]*' "$tmp/bot.log" | head -n 1 | sed 's/.*://')
    uri="mongodb://127.0.0.1:$port"
  fi
else
  urls="$BOT_URLS"
  pids="$BOT_PIDS"
  uri="$MONGODB_URI"
fi
extra=(--saved-out="$saved")
if [ -n "$uri" ]; then extra+=(--mongodb-uri="$uri"); fi
load "HGW bot" hgw "$urls" "$tmp/bot.result" "${extra[@]}"
if [ -n "$pids" ]; then
  bot_rss=$(( $(peak_rss "$pids") / 1024 ))
  echo "  peak RSS (VmHWM): $bot_rss MiB"
fi
if [ -z "$uri" ]; then
  echo "  needs not counted: give MONGODB_URI"
fi
if [ -z "$BOT_URLS" ]; then
  stop "$bot_pid"
  if [ -z "$MONGODB_URI" ]; then
    java -cp "$bench_jar" nl.hgw.bench.load.NeedsCheck --saved="$saved" --data-dir="$data" \
      --database="$MONGODB_DATABASE" --prefix=disk_ --result-out="$tmp/bot.result" 2>/dev/null | sed 's/^/  /'
  fi
  if grep -q ' ERROR ' "$tmp/bot.log"; then
    echo "  the bot logged $(grep -c ' ERROR ' "$tmp/bot.log") ERROR lines, e.g.:"
    grep ' ERROR ' "$tmp/bot.log" | head -n 3 | cut -c1-300 | sed 's/^/    /'
  fi
fi

# --- against the target: 0 errors, 0 lost needs, p99 <= 1.5x the echo bot's ------------------
echo
bot_p99=$(get "$tmp/bot.result" p99_ms)
lost=$(get "$tmp/bot.result" lost)
echo "HGW bot: p99 ${bot_p99} ms, $(get "$tmp/bot.result" errors) errors, lost needs: ${lost:-not counted}" \
  "(after the stop: $(get "$tmp/bot.result" disk_lost || true))"
if [ "$ECHO" = 1 ]; then
  echo_p99=$(get "$tmp/echo.result" p99_ms)
  awk -v b="$bot_p99" -v e="$echo_p99" -v bt="$(get "$tmp/bot.result" turns_per_s)" \
      -v et="$(get "$tmp/echo.result" turns_per_s)" 'BEGIN {
    printf "echo bot: p99 %.1f ms, %.1f turns/s; HGW bot: p99 %.1f ms, %.1f turns/s\n", e, et, b, bt
    printf "p99 ratio HGW/echo: %.2f (target <= 1.5); throughput ratio HGW/echo: %.2f\n", b / e, bt / et
  }'
fi
