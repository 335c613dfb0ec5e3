package org.fengqiao.notification.delivery;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonValue;

/** The kind of case a delivery is about, as the delivery log names it ({@code work-order}, {@code petition}, ...). */
public enum CaseType {
    /** A 12345 hotline work order (工单). */
    WORK_ORDER,
    /** A petition (信访事项). */
    PETITION,
    /** A dispute being mediated (矛盾纠纷). */
    DISPUTE;

    @JsonValue
    public String value() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The case type named {@code value} in events ({@code work-order}, ...), or null when it names none of them. */
    public static CaseType of(String value) {
        if (value != null) {
            for (CaseType type : values()) {
                if (type.value().equalsIgnoreCase(value.trim())) {
                    return type;
                }
            }
        }
        return null;
    }

    static CaseType parse(String value) {
        CaseType type = of(value);
        if (type == null) {
            throw new InvalidFilterException("未知的案件类型: " + value + "（可选 work-order、petition、dispute）");
        }
        return type;
    }
}
