package org.fengqiao.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.fengqiao.e2e.Actor.Response;
import org.fengqiao.events.EventHeaders;
import org.fengqiao.events.Topics;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Scenario 6, restarts: the 12345 system pushes bursts of work orders the way a real integrator does (several
 * connections, each order retried by its order number until it is accepted) while petition-service is killed with
 * {@code kill -9} and started again, and while the Kafka broker is away for 30 s. No accepted order is lost or
 * stored twice, and each one's {@code work-order.received} event is on the topic once after deduplication by event
 * id. The figures are printed.
 */
@E2eStack.Uses
@Order(5)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RestartsIT {

    private static final int BURST = 500;
    private static final int CONNECTIONS = 8;
    private static final String RECEIVED = "work-order.received";

    private final E2eStack stack = E2eStack.shared();

    @Test
    @Order(1)
    void killingPetitionServiceInABurstLosesNoOrderAndDoublesNone() throws Exception {
        String run = "KILL-" + UUID.randomUUID().toString().substring(0, 8);
        AtomicInteger accepted = new AtomicInteger();
        Burst burst = new Burst(run, BURST, accepted);
        Thread crash = new Thread(() -> {
            await().atMost(Duration.ofMinutes(2)).until(() -> accepted.get() >= BURST / 4);
            stack.stack().kill("petition-service");
            Instant killed = Instant.now();
            stack.stack().start("petition-service");
            System.out.printf("petition-service killed after %d accepted orders, ready again after %d ms%n",
                    accepted.get(), Duration.between(killed, Instant.now()).toMillis());
        }, "crash-petition-service");
        crash.start();
        Result result = burst.run();
        crash.join(Duration.ofMinutes(3).toMillis());

        result.print("burst of " + BURST + " with petition-service killed -9 and restarted");
        assertThat(result.ids()).as("accepted orders").hasSize(BURST);
        assertStoredOnce(run, result);
        Instant waitFrom = Instant.now();
        Map<String, Set<String>> events = awaitReceivedEvents(result.ids().values());
        System.out.printf("  every work-order.received on the topic %d ms after the burst%n",
                Duration.between(waitFrom, Instant.now()).toMillis());
        assertThat(events.keySet()).containsAll(result.ids().values());
        result.ids().values().forEach(id -> assertThat(events.get(id))
                .as("distinct event ids of work-order.received for order " + id).hasSize(1));
    }

    @Test
    @Order(2)
    void withTheBrokerAwayFor30SecondsIntakeKeepsAnsweringAndEverythingArrivesLater() throws Exception {
        String run = "OUTAGE-" + UUID.randomUUID().toString().substring(0, 8);
        stack.stack().stop("kafka");
        Instant down = Instant.now();
        Result result;
        try {
            result = new Burst(run, 200, new AtomicInteger()).run();
            assertThat(result.attempts()).as("intake answered every first attempt while the broker was away")
                    .isEqualTo(200);
            long left = Duration.ofSeconds(30).minus(Duration.between(down, Instant.now())).toMillis();
            if (left > 0) {
                Thread.sleep(left); // the outage lasts 30 s by definition, however fast the burst was
            }
        } finally {
            stack.stack().start("kafka");
        }
        Instant up = Instant.now();
        result.print("burst of 200 with the Kafka broker stopped for 30 s");
        assertStoredOnce(run, result);
        Map<String, Set<String>> events = awaitReceivedEvents(result.ids().values());
        System.out.printf("  broker back: every work-order.received on the topic after %d ms (time to drain)%n",
                Duration.between(up, Instant.now()).toMillis());
        result.ids().values().forEach(id -> assertThat(events.get(id))
                .as("distinct event ids of work-order.received for order " + id).hasSize(1));
        Actor dispatcher = stack.actor("county-dispatcher");
        await("the dispatcher's inbox shows every order pushed during the outage").atMost(Duration.ofMinutes(2))
                .untilAsserted(() -> assertThat(inboxCaseIds(dispatcher)).containsAll(result.ids().values()));
        Map<String, Integer> items = new HashMap<>();
        inboxCaseIds(dispatcher).forEach(caseId -> items.merge(caseId, 1, Integer::sum));
        result.ids().values().forEach(id -> assertThat(items.get(id)).as("inbox items for order " + id).isEqualTo(1));
    }

    /** Every case id in the reader's inbox, page by page. */
    private static List<String> inboxCaseIds(Actor reader) {
        List<String> caseIds = new ArrayList<>();
        for (int page = 0; ; page++) {
            Response inbox = reader.get("/api/inbox?size=100&page=" + page);
            assertThat(inbox.status()).as(inbox.toString()).isEqualTo(200);
            for (var item : inbox.json().get("items")) {
                caseIds.add(item.get("caseId").asString());
            }
            if (inbox.json().get("items").size() < 100) {
                return caseIds;
            }
        }
    }

    // ----- the integrator

    /** {@code count} orders over {@value #CONNECTIONS} connections, each retried until accepted. */
    private final class Burst {

        private final String run;
        private final int count;
        private final AtomicInteger accepted;
        private final Map<String, String> ids = new ConcurrentHashMap<>();
        private final List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        private final AtomicInteger attempts = new AtomicInteger();

        Burst(String run, int count, AtomicInteger accepted) {
            this.run = run;
            this.count = count;
            this.accepted = accepted;
        }

        Result run() throws Exception {
            Actor hotline = stack.actor("hotline-12345");
            ExecutorService pool = Executors.newFixedThreadPool(CONNECTIONS);
            Instant begin = Instant.now();
            try {
                List<Future<?>> pushes = new ArrayList<>();
                for (int i = 0; i < count; i++) {
                    String number = run + "-" + String.format("%04d", i);
                    pushes.add(pool.submit(() -> push(hotline, number)));
                }
                for (Future<?> push : pushes) {
                    push.get();
                }
            } finally {
                pool.shutdownNow();
            }
            return new Result(run, Map.copyOf(ids), List.copyOf(latencies), attempts.get(),
                    Duration.between(begin, Instant.now()));
        }

        private void push(Actor hotline, String number) {
            String body = """
                    {"orderNumber":"%s","callerName":"王秀英","callerPhone":"13905751234",
                     "content":"村口路灯不亮（重启场景）。","category":"help","urgency":"normal"}""".formatted(number);
            Instant first = Instant.now();
            Instant giveUp = first.plus(Duration.ofMinutes(3));
            while (Instant.now().isBefore(giveUp)) {
                attempts.incrementAndGet();
                try {
                    Response response = hotline.post("/api/work-orders", body);
                    if (response.status() == 201 || response.status() == 200) {
                        String id = response.json().get("id").asString();
                        String earlier = ids.putIfAbsent(number, id);
                        assertThat(earlier == null || earlier.equals(id)).as("one id per order number").isTrue();
                        latencies.add(Duration.between(first, Instant.now()).toMillis());
                        accepted.incrementAndGet();
                        return;
                    }
                    assertThat(response.status()).as("only the platform being away is worth a retry: " + response)
                            .isGreaterThanOrEqualTo(500);
                } catch (AssertionError connectionLost) {
                    if (!String.valueOf(connectionLost.getMessage()).contains("failed:")) {
                        throw connectionLost;
                    }
                }
                try {
                    Thread.sleep(200); // an integrator's back-off between retries
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
            throw new AssertionError("hotline-12345 gave up on " + number + " after 3 minutes");
        }
    }

    private record Result(String run, Map<String, String> ids, List<Long> latencies, int attempts, Duration took) {

        void print(String what) {
            long max = latencies.stream().mapToLong(Long::longValue).max().orElse(0);
            List<Long> sorted = latencies.stream().sorted().toList();
            long p50 = sorted.isEmpty() ? 0 : sorted.get(sorted.size() / 2);
            System.out.printf("%nRestarts: %s%n  %d orders accepted in %.1f s = %.0f orders/s, %d attempts, "
                            + "latency p50 %d ms, max %d ms (first attempt to acceptance)%n", what, ids.size(),
                    took.toMillis() / 1000.0, ids.size() * 1000.0 / Math.max(1, took.toMillis()), attempts, p50, max);
        }
    }

    // ----- what the platform holds

    /** Pages through the dispatcher's list: each order number of the run is stored exactly once. */
    private void assertStoredOnce(String run, Result result) {
        Actor dispatcher = stack.actor("county-dispatcher");
        Map<String, Integer> stored = new HashMap<>();
        String after = null;
        do {
            Response page = dispatcher.get("/api/work-orders?size=100" + (after == null ? "" : "&after=" + after));
            assertThat(page.status()).as(page.toString()).isEqualTo(200);
            after = null;
            for (var item : page.json().get("items")) {
                String number = item.get("orderNumber").asString();
                if (number.startsWith(run)) {
                    stored.merge(number, 1, Integer::sum);
                }
                after = item.get("id").asString();
            }
            if (page.json().get("items").size() < 100) {
                after = null;
            }
        } while (after != null);
        assertThat(stored.keySet()).as("order numbers stored").isEqualTo(result.ids().keySet());
        assertThat(stored.values()).as("copies per order number").containsOnly(1);
    }

    /** Reads the petition topic from the start until every id has a received event; event ids by order id. */
    private Map<String, Set<String>> awaitReceivedEvents(Collection<String> ids) {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.stack().kafkaBootstrapServers());
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "e2e-restarts-" + UUID.randomUUID());
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        Map<String, Set<String>> eventIds = new HashMap<>();
        Set<String> wanted = new HashSet<>(ids);
        try (KafkaConsumer<String, String> consumer =
                     new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(Topics.PETITION));
            Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
            while (!eventIds.keySet().containsAll(wanted) && Instant.now().isBefore(deadline)) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    if (RECEIVED.equals(header(record, EventHeaders.EVENT_TYPE)) && wanted.contains(record.key())) {
                        eventIds.computeIfAbsent(record.key(), key -> new HashSet<>())
                                .add(header(record, EventHeaders.EVENT_ID));
                    }
                }
            }
            // a late duplicate would come right behind the first copy; read on a little to see it
            Instant settle = Instant.now().plusSeconds(3);
            while (Instant.now().isBefore(settle)) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    if (RECEIVED.equals(header(record, EventHeaders.EVENT_TYPE)) && wanted.contains(record.key())) {
                        eventIds.computeIfAbsent(record.key(), key -> new HashSet<>())
                                .add(header(record, EventHeaders.EVENT_ID));
                    }
                }
            }
        }
        Set<String> missing = new HashSet<>(wanted);
        missing.removeAll(eventIds.keySet());
        assertThat(missing).as("orders without a work-order.received event on " + Topics.PETITION).isEmpty();
        return eventIds;
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
