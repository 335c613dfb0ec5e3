package org.fengqiao.notification.delivery;

import java.time.Duration;

import io.netty.channel.ChannelOption;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;
import reactor.netty.resources.LoopResources;

/**
 * The HTTP client the outbound channels (12345 callbacks, the SMS provider) send through: its own small event-loop
 * group ({@code delivery-http-*}) and connection pool. A slow, stalled or unreachable receiver therefore only ever
 * occupies delivery threads, never the event loops shared by the other clients of this process
 * ({@code HttpClient.create()}: JWT key-set fetches, the local SMS simulator) or by the HTTP server.
 */
@Component
public final class DeliveryHttp implements DisposableBean {

    private static final int EVENT_LOOPS = 2;
    // Receivers drop idle keep-alive connections sooner or later; do not offer them stale ones.
    private static final Duration MAX_IDLE = Duration.ofSeconds(30);

    private final LoopResources loops = LoopResources.create("delivery-http", EVENT_LOOPS, true);
    private final ConnectionProvider connections = ConnectionProvider.builder("delivery").maxIdleTime(MAX_IDLE).build();

    /** A client whose connecting and each response may take at most {@code timeout}. */
    public HttpClient client(Duration timeout) {
        return HttpClient.create(connections).runOn(loops)
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int) timeout.toMillis())
                .responseTimeout(timeout);
    }

    @Override
    public void destroy() {
        connections.dispose();
        loops.dispose();
    }
}
