package org.fengqiao.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fengqiao.platform.web.RawHttp.get;

import java.io.IOException;

import org.fengqiao.platform.testapp.ProbeApplicationTestBase;
import org.fengqiao.platform.testkit.TestTokens;
import org.junit.jupiter.api.RepeatedTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A service keeps answering on a keep-alive connection after a request that was answered at once (a 401) while
 * the previous response was still being completed off the event loop (as a Mongo-backed one is): without
 * {@link KeepAliveReads} the next request on that connection waited until the client gave up.
 */
class KeepAliveConnectionTest extends ProbeApplicationTestBase {

    @LocalServerPort
    int port;

    @RepeatedTest(3)
    void theRequestAfterAnUnauthenticatedOneIsAnswered() throws IOException {
        String token = TestTokens.countyDispatcher();
        try (RawHttp connection = new RawHttp(port, 3000)) {
            connection.send(get("/probe/log", token), get("/probe/log", null));
            assertThat(connection.read(2)).extracting(response -> response.substring(0, 3))
                    .containsExactly("200", "401");

            connection.send(get("/probe/log", token));
            assertThat(connection.read(1)).containsExactly("200 logged");
        }
    }
}
