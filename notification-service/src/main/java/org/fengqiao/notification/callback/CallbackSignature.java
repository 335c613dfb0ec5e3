package org.fengqiao.notification.callback;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** {@code X-Fengqiao-Signature}: lowercase hex HMAC-SHA256 over {@code timestamp + "." + body} (UTF-8). */
final class CallbackSignature {

    static final String SIGNATURE_HEADER = "X-Fengqiao-Signature";
    static final String TIMESTAMP_HEADER = "X-Fengqiao-Timestamp";
    static final String IDEMPOTENCY_HEADER = "Idempotency-Key";

    private CallbackSignature() {
    }

    static String sign(String key, long timestamp, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal((timestamp + "." + body).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
