#!/usr/bin/env bash
# Gateway throughput/latency on loopback: wrk -> gateway (JWT, rate limit, breaker, retry filter, tracing)
# -> trivial downstream. Bounded: each wrk run lasts DURATION seconds; everything started here is stopped
# by PID on exit. Usage: bench/gateway/run.sh [extra gateway args, e.g. --management.tracing.enabled=false]
# Env: DURATION (s, default 20), CONNECTIONS (default 32), THREADS (wrk, default 1), GW_PORT (18080),
#      BACKEND_PORT (18181), JAVA_OPTS (gateway JVM flags).
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
java ${JAVA_OPTS:--Xmx512m} -jar "$JAR" \
  --fengqiao.gateway.rate-limit.client.replenish-rate=1000000 \
  --fengqiao.gateway.rate-limit.client.burst-capacity=1000000 \
  --logging.level.root=WARN "$@" > "$OUT/gateway.log" 2>&1 &
PIDS+=($!)

for _ in $(seq 1 90); do
  curl -fs "http://127.0.0.1:$GW_PORT/actuator/health/readiness" >/dev/null 2>&1 && [[ -s "$OUT/token" ]] && break
  sleep 1
done
curl -fs "http://127.0.0.1:$GW_PORT/actuator/health/readiness" >/dev/null || { echo "gateway not ready" >&2; tail -20 "$OUT/gateway.log" >&2; exit 1; }
TOKEN=$(cat "$OUT/token")
URL="http://127.0.0.1:$GW_PORT/api/petitions/P-1"
curl -fs -H "Authorization: Bearer $TOKEN" "$URL" >/dev/null || { echo "routed call failed" >&2; exit 1; }

echo "== baseline: wrk -> downstream directly"
wrk -t"$THREADS" -c"$CONNECTIONS" -d10s --latency "$BACKEND/api/petitions/P-1" | grep -E "Requests/sec|50%|99%|Non-2xx"
echo "== warm-up through the gateway (${DURATION}s)"
wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" -H "Authorization: Bearer $TOKEN" "$URL" | grep -E "Requests/sec|Non-2xx"
echo "== measured: GET through the gateway with a valid JWT (${DURATION}s, $CONNECTIONS connections) $*"
wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" --latency -H "Authorization: Bearer $TOKEN" "$URL" \
  | tee "$OUT/result.txt" | grep -E "Requests/sec|50%|90%|99%|Non-2xx|errors"
echo "gateway RSS: $(ps -o rss= -p "${PIDS[1]}" | awk '{printf "%d MB", $1/1024}')"
