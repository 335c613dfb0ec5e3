package org.fengqiao.notification.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.fengqiao.events.petition.v1.WorkOrderReceived;
import org.fengqiao.notification.HotlineReceiver;
import org.fengqiao.notification.NotificationIT;
import org.fengqiao.notification.PetitionEvents;
import org.fengqiao.notification.StallingLog;
import org.fengqiao.platform.testkit.TestTokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.test.web.reactive.server.WebTestClient;

import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;

/**
 * Delivery work never runs on the process's shared HTTP event loops: while the dispatcher is held up (here every
 * dead-lettered callback's WARN line takes seconds to write, as with a stalled log sink), callers of the API still
 * get their answers promptly. Before the fix the dispatcher recorded each webhook answer on the
 * {@code reactor-http-*} loop that received it, the loop every {@code HttpClient.create()} client of the process
 * shares (this test's client, JWT key-set fetches, the SMS simulator), and the API's callers waited with it.
 */
@NotificationIT
class DeliveryOffTheEventLoopIT {

    private static final Duration PROMPT = Duration.ofSeconds(3);
    private static final Duration STALL = Duration.ofSeconds(6);
    private static final int ORDERS = 8;

    @LocalServerPort
    int port;

    private final PetitionEvents events = new PetitionEvents();
    private final HotlineReceiver hotline = HotlineReceiver.shared();
    private final List<String> orderNumbers = new ArrayList<>();

    @AfterEach
    void cleanUp() {
        orderNumbers.forEach(hotline::answerNormally);
        events.close();
    }

    @Test
    void theApiAnswersPromptlyWhileTheDispatcherIsHeldUp() {
        WebTestClient api = promptClient();
        api.get().uri("/api/notifications/deliveries?size=1").headers(h -> h.setBearerAuth(TestTokens.countySupervisor()))
                .exchange().expectStatus().isOk();

        try (StallingLog log = StallingLog.attachTo(DeliveryQueue.class, STALL)) {
            for (int i = 0; i < ORDERS; i++) {
                WorkOrderReceived order = PetitionEvents.received("ZJ-LOOP-" + i);
                orderNumbers.add(order.orderNumber());
                hotline.answer(order.orderNumber(), 422);
                events.publish(order, UUID.randomUUID());
            }
            await().atMost(Duration.ofSeconds(30)).until(() -> !log.threads().isEmpty());

            Instant giveUp = Instant.now().plusSeconds(60);
            for (int round = 0; round < 10 || log.written() < ORDERS; round++) {
                assertThat(Instant.now()).as("all %s callbacks dead-lettered", ORDERS).isBefore(giveUp);
                api.get().uri("/api/notifications/deliveries").exchange().expectStatus().isUnauthorized();
                api.get().uri("/api/notifications/deliveries?channel=webhook&status=dead&size=1")
                        .headers(h -> h.setBearerAuth(TestTokens.countySupervisor())).exchange()
                        .expectStatus().isOk();
                api.get().uri("/api/inbox/unread").headers(h -> h.setBearerAuth(TestTokens.countyDispatcher()))
                        .exchange().expectStatus().isOk();
            }
            assertThat(log.threads()).hasSizeGreaterThanOrEqualTo(ORDERS)
                    .noneMatch(thread -> thread.startsWith("reactor-http"));
        }
    }

    /**
     * Answers within {@link #PROMPT} or fails. A fresh connection per request (on the shared event loops, like any
     * {@code HttpClient.create()}) keeps reactor-netty 1.3.6's keep-alive stall (reactor/reactor-netty#4361) out of
     * this test: it is about event loops, not connection reuse.
     */
    private WebTestClient promptClient() {
        return WebTestClient.bindToServer(new ReactorClientHttpConnector(HttpClient.create(ConnectionProvider.newConnection())))
                .baseUrl("http://localhost:" + port)
                .responseTimeout(PROMPT)
                .build();
    }
}
