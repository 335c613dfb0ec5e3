package org.fengqiao.gateway.requestid;

import java.util.concurrent.ThreadLocalRandom;

import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

/**
 * Keeps a caller's well-formed {@code X-Request-Id} or creates one, passes it downstream and echoes it.
 * Runs before security so that 401 and 429 answers carry the id too.
 */
@Component
class RequestIdFilter implements WebFilter, Ordered {

    private static final int MAX_LENGTH = 128;

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String incoming = exchange.getRequest().getHeaders().getFirst(RequestIds.HEADER);
        String id;
        ServerWebExchange forwarded = exchange;
        if (isWellFormed(incoming)) {
            id = incoming;
        }
        else {
            String created = newId();
            id = created;
            forwarded = exchange.mutate()
                .request(request -> request.headers(headers -> headers.set(RequestIds.HEADER, created)))
                .build();
        }
        exchange.getAttributes().put(RequestIds.ATTRIBUTE, id);
        ServerHttpResponse response = exchange.getResponse();
        // set at commit time: the proxied response's headers are added (not merged) after this filter runs,
        // and a downstream echo of the same header must not produce a duplicate.
        response.beforeCommit(() -> {
            response.getHeaders().set(RequestIds.HEADER, id);
            return Mono.empty();
        });
        return chain.filter(forwarded);
    }

    /** Only ids that are safe to log and to put in a header travel on; anything else is replaced. */
    static boolean isWellFormed(String id) {
        if (id == null || id.isEmpty() || id.length() > MAX_LENGTH) {
            return false;
        }
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-'
                    || c == '_' || c == '.' || c == ':';
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    /** 128 random bits as 32 hex characters; ThreadLocalRandom avoids UUID's contended SecureRandom. */
    static String newId() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        char[] out = new char[32];
        long high = random.nextLong();
        long low = random.nextLong();
        for (int i = 0; i < 16; i++) {
            out[i] = HEX[(int) (high >>> (60 - 4 * i)) & 0xf];
            out[16 + i] = HEX[(int) (low >>> (60 - 4 * i)) & 0xf];
        }
        return new String(out);
    }
}
