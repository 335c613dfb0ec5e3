package org.fengqiao.platform.observability;

import java.util.UUID;
import java.util.regex.Pattern;

import io.micrometer.context.ContextRegistry;
import org.slf4j.MDC;

import org.springframework.core.Ordered;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

import reactor.core.publisher.Mono;

/**
 * Gives every request an id: the caller's {@code X-Request-Id} when it is a sane token (the gateway sets one),
 * otherwise a new UUID. The id is echoed in the response header, kept as an exchange attribute (problem details
 * show it) and put in the log context ({@code requestId} in the JSON log lines) through Reactor context
 * propagation. Runs before security so even a 401 carries it.
 */
public final class RequestIdWebFilter implements WebFilter, Ordered {

    /** The header read from the request and echoed in the response. */
    public static final String HEADER = "X-Request-Id";

    /** The MDC key, and the Reactor context key, holding the id. */
    public static final String MDC_KEY = "requestId";

    /** The exchange attribute holding the id. */
    public static final String ATTRIBUTE = RequestIdWebFilter.class.getName() + ".requestId";

    /** Before Spring Security's filter chain (-100). */
    public static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 100;

    // A header value we accept as is: short, no spaces or control characters (it ends up in logs and headers).
    private static final Pattern ACCEPTED = Pattern.compile("[A-Za-z0-9._:\\-]{1,64}");

    static {
        ContextRegistry.getInstance().registerThreadLocalAccessor(MDC_KEY, () -> MDC.get(MDC_KEY),
                value -> MDC.put(MDC_KEY, value), () -> MDC.remove(MDC_KEY));
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String incoming = exchange.getRequest().getHeaders().getFirst(HEADER);
        String id = incoming != null && ACCEPTED.matcher(incoming).matches() ? incoming : UUID.randomUUID().toString();
        exchange.getAttributes().put(ATTRIBUTE, id);
        exchange.getResponse().getHeaders().set(HEADER, id);
        return chain.filter(exchange).contextWrite(context -> context.put(MDC_KEY, id));
    }

    /** The id of the exchange's request, or {@code null} if this filter did not run. */
    public static String requestId(ServerWebExchange exchange) {
        return exchange.getAttribute(ATTRIBUTE);
    }

    @Override
    public int getOrder() {
        return ORDER;
    }
}
