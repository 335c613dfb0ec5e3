package org.fengqiao.notification.delivery;

import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonValue;

/** Where a delivery stands: pending, failed (will be retried), sent, dead (given up; replayable). */
public enum DeliveryStatus {
    PENDING, FAILED, SENT, DEAD;

    /** The statuses the dispatcher still works on. */
    static final List<DeliveryStatus> ACTIVE = List.of(PENDING, FAILED);

    @JsonValue
    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    boolean active() {
        return ACTIVE.contains(this);
    }

    static DeliveryStatus parse(String value) {
        for (DeliveryStatus status : values()) {
            if (status.value().equalsIgnoreCase(value)) {
                return status;
            }
        }
        throw new InvalidFilterException("未知的投递状态: " + value + "（可选 pending、failed、sent、dead）");
    }
}
