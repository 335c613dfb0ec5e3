package org.fengqiao.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fengqiao.platform.web.RawHttp.get;

import java.io.IOException;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.RepeatedTest;

import reactor.core.publisher.Mono;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;

/** The keep-alive stall of reactor-netty 1.3.6 on a bare server, and {@link KeepAliveReads} curing it. */
class KeepAliveReadsTest {

    private DisposableServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.disposeNow();
        }
    }

    @RepeatedTest(3)
    void aKeepAliveConnectionAnswersTheRequestAfterABufferedOneThatWasAnsweredAtOnce() throws IOException {
        server = KeepAliveReads.resumeReadsAfterEachResponse(HttpServer.create().host("127.0.0.1").port(0))
                .route(routes -> routes
                        .get("/later", (request, response) -> response.sendString(
                                Mono.delay(Duration.ofMillis(50)).thenReturn("later")))
                        .get("/now", (request, response) -> response.sendString(Mono.just("now"))))
                .bindNow();

        try (RawHttp connection = new RawHttp(server.port(), 2000)) {
            // The second request arrives while the first (answered later, off the event loop) is still open.
            connection.send(get("/later", null), get("/now", null));
            assertThat(connection.read(2)).containsExactly("200 later", "200 now");

            connection.send(get("/now", null));
            assertThat(connection.read(1)).containsExactly("200 now");
        }
    }
}
