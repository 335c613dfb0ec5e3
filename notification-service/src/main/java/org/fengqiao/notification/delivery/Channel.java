package org.fengqiao.notification.delivery;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonValue;

/** How a notice leaves the service. */
public enum Channel {
    /** A signed HTTP callback (e.g. to the 12345 hotline). */
    WEBHOOK,
    /** A text message through the SMS provider. */
    SMS;

    @JsonValue
    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Channel parse(String value) {
        for (Channel channel : values()) {
            if (channel.value().equalsIgnoreCase(value)) {
                return channel;
            }
        }
        throw new InvalidFilterException("未知的投递渠道: " + value + "（可选 webhook、sms）");
    }
}
