package org.fengqiao.notification.callback;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CallbackSignatureTest {

    @Test
    void signsTimestampDotBodyAsLowercaseHexHmacSha256() {
        // The same vector as the README's verification snippet (computed independently with Python's hmac).
        assertThat(CallbackSignature.sign("secret", 1700000000L, "{\"orderNumber\":\"ZJ-1\"}"))
                .isEqualTo("befa3cdf0cb0248c009bd43cd516b8a14d41e86050d7d7861c496103d5f10480");
    }

    @Test
    void aDifferentTimestampOrBodyGivesADifferentSignature() {
        String signature = CallbackSignature.sign("secret", 1700000000L, "{}");
        assertThat(CallbackSignature.sign("secret", 1700000001L, "{}")).isNotEqualTo(signature);
        assertThat(CallbackSignature.sign("secret", 1700000000L, "{ }")).isNotEqualTo(signature);
        assertThat(CallbackSignature.sign("other", 1700000000L, "{}")).isNotEqualTo(signature);
    }
}
