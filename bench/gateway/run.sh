#!/usr/bin/env bash
# Gateway throughput/latency on loopback: wrk -> gateway (JWT, rate limit, breaker, retry filter, tracing)
# -> trivial downstream. Bounded: each wrk run lasts DURATION seconds; everything started here is stopped
# by PID on exit. Usage: bench/gateway/run.sh [extra gateway args, e.g. --management.tracing.enabled=false]
# Env: DURATION (s, default 20), WARMUP (s, default 40), CONNECTIONS (default 32), THREADS (wrk, default 1), GW_PORT (18080),
#      BACKEND_PORT (18181), JAVA_OPTS (gateway JVM flags), BENCH_PATH (/api/petitions/P-1),
#      JFR=1 (records the measured run to gateway/target/bench-gateway/gateway.jfr).
set -euo pipefail
cd "$(dirname "$0")/../.."
DURATION=${DURATION:-20}
CONNECTIONS=${CONNECTIONS:-32}
THREADS=${THREADS:-1}
GW_PORT=${GW_PORT:-18080}
BACKEND_PORT=${BACKEND_PORT:-18181}
OUT=$PWD/gateway/target/bench-gateway
mkdir -p "$OUT"
command -v wrk >/dev/null || { echo "wrk missing: apt-get install -y wrk" >&2; exit 1; }

JAR=$(ls gateway/target/gateway-*-exec.jar 2>/dev/null | head -1 || true)
if [[ -z "$JAR" ]]; then
  ./mvnw -B -o -q -pl gateway package -DskipTests
  JAR=$(ls gateway/target/gateway-*-exec.jar | head -1)
fi
./mvnw -B -o -q -pl gateway dependency:build-classpath -Dmdep.outputFile="$OUT/classpath.txt" >/dev/null

PIDS=()
cleanup() { for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done; wait 2>/dev/null || true; }
trap cleanup EXIT

java -cp "$(cat "$OUT/classpath.txt")" bench/gateway/BenchBackend.java "$BACKEND_PORT" \
  gateway/src/test/resources/test-signing-key.json "$OUT/token" > "$OUT/backend.log" 2>&1 &
PIDS+=($!)

BACKEND=http://127.0.0.1:$BACKEND_PORT
# shellcheck disable=SC2086
PETITION_SERVICE_URL=$BACKEND MEDIATION_SERVICE_URL=$BACKEND GRID_SERVICE_URL=$BACKEND SURVEY_SERVICE_URL=$BACKEND \
NOTIFICATION_SERVICE_URL=$BACKEND OAUTH2_JWK_SET_URI=$BACKEND/oauth2/jwks SERVER_PORT=$GW_PORT \
java ${JAVA_OPTS:--Xmx512m} -XX:FlightRecorderOptions:stackdepth=256 -jar "$JAR" \
  --fengqiao.gateway.rate-limit.client.replenish-rate=1000000 \
  --fengqiao.gateway.rate-limit.client.burst-capacity=1000000 \
  --fengqiao.gateway.rate-limit.anonymous.replenish-rate=1000000 \
  --fengqiao.gateway.rate-limit.anonymous.burst-capacity=1000000 \
  --logging.level.root=WARN "$@" > "$OUT/gateway.log" 2>&1 &
PIDS+=($!)

for _ in $(seq 1 90); do
  curl -fs "http://127.0.0.1:$GW_PORT/actuator/health/readiness" >/dev/null 2>&1 && [[ -s "$OUT/token" ]] && break
  sleep 1
done
curl -fs "http://127.0.0.1:$GW_PORT/actuator/health/readiness" >/dev/null || { echo "gateway not ready" >&2; tail -20 "$OUT/gateway.log" >&2; exit 1; }
TOKEN=$(cat "$OUT/token")
URL="http://127.0.0.1:$GW_PORT${BENCH_PATH:-/api/petitions/P-1}"
curl -fs -H "Authorization: Bearer $TOKEN" "$URL" >/dev/null || { echo "routed call failed" >&2; exit 1; }

echo "== baseline: wrk -> downstream directly"
wrk -t"$THREADS" -c"$CONNECTIONS" -d10s --latency "$BACKEND/api/petitions/P-1" | grep -E "Requests/sec|50%|99%|Non-2xx"
echo "== warm-up through the gateway (${WARMUP:-40}s)"
wrk -t"$THREADS" -c"$CONNECTIONS" -d"${WARMUP:-40}s" -H "Authorization: Bearer $TOKEN" "$URL" | grep -E "Requests/sec|Non-2xx"
cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }
# CPU ms of the event-loop threads (the per-request work) and of the JIT compiler threads
thread_cpu() { jcmd "$1" Thread.print 2>/dev/null | awk -v pat="$2" '$0 ~ "^\"" pat { if (match($0, /cpu=[0-9.]+ms/)) s += substr($0, RSTART + 4, RLENGTH - 6) } END { printf "%d", s }'; }
GW_PID=${PIDS[1]}
echo "== measured: GET through the gateway with a valid JWT (${DURATION}s, $CONNECTIONS connections) $*"
if [[ "${JFR:-0}" == 1 ]]; then
  jcmd "$GW_PID" JFR.start name=bench settings=profile "duration=${DURATION}s" filename="$OUT/gateway.jfr" >/dev/null
fi
LOOP_BEFORE=$(thread_cpu "$GW_PID" "reactor-http"); JIT_BEFORE=$(thread_cpu "$GW_PID" "C[12] CompilerThread")
BEFORE=$(cpu_ticks "$GW_PID"); BACKEND_BEFORE=$(cpu_ticks "${PIDS[0]}")
wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" --latency -H "Authorization: Bearer $TOKEN" "$URL" > "$OUT/result.txt"
AFTER=$(cpu_ticks "$GW_PID");
LOOP_AFTER=$(thread_cpu "$GW_PID" "reactor-http"); JIT_AFTER=$(thread_cpu "$GW_PID" "C[12] CompilerThread") BACKEND_AFTER=$(cpu_ticks "${PIDS[0]}")
grep -E "Requests/sec|50%|90%|99%|Non-2xx|errors" "$OUT/result.txt"
REQUESTS=$(awk '/requests in/ {print $1}' "$OUT/result.txt")
# CPU the gateway process spent per proxied request: robust against other load on the machine
echo "gateway CPU per request: $(( (AFTER - BEFORE) * 1000000 / $(getconf CLK_TCK) / REQUESTS )) us" \
  "(trivial downstream: $(( (BACKEND_AFTER - BACKEND_BEFORE) * 1000000 / $(getconf CLK_TCK) / REQUESTS )) us)"
echo "  of which event loops: $(( (LOOP_AFTER - LOOP_BEFORE) * 1000 / REQUESTS )) us/request;" \
  "JIT compiler threads still busy: $(( JIT_AFTER - JIT_BEFORE )) ms in ${DURATION}s"
echo "gateway RSS: $(ps -o rss= -p "$GW_PID" | awk '{printf "%d MB", $1/1024}')"
