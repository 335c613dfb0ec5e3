package org.fengqiao.gateway.requestid;

import org.springframework.web.server.ServerWebExchange;

/** Where the gateway keeps the request id of an exchange. */
public final class RequestIds {

    /** Header carried downstream and echoed to the caller. */
    public static final String HEADER = "X-Request-Id";

    static final String ATTRIBUTE = RequestIds.class.getName() + ".id";

    private RequestIds() {
    }

    /** The request id of this exchange, or {@code null} before {@link RequestIdFilter} ran. */
    public static String of(ServerWebExchange exchange) {
        return exchange.getAttribute(ATTRIBUTE);
    }
}
