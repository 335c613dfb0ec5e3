package org.fengqiao.events;

/** Names of the envelope headers every event carries (ARCHITECTURE §3). Values are UTF-8 strings. */
public final class EventHeaders {

    /** A UUID, unique per event; consumers deduplicate on it. */
    public static final String EVENT_ID = "event-id";
    /** The logical type, e.g. {@code work-order.received}. */
    public static final String EVENT_TYPE = "event-type";
    /** The contract version of the payload, a positive integer. */
    public static final String EVENT_VERSION = "event-version";
    /** ISO-8601 instant at which the fact happened. */
    public static final String OCCURRED_AT = "occurred-at";
    /** Division code of the jurisdiction the event belongs to. */
    public static final String JURISDICTION = "jurisdiction";
    /** W3C trace context of the request that caused the event. */
    public static final String TRACEPARENT = "traceparent";

    private EventHeaders() {
    }
}
