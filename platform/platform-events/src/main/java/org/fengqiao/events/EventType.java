package org.fengqiao.events;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The logical wire type of an event payload, e.g. {@code work-order.received} version 1. This name,
 * never the Java class name, travels in the {@code event-type} header. {@link #topic()} names the topic
 * the producing service publishes it on (one of {@link Topics}).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface EventType {

    String value();

    int version() default 1;

    /** The topic this event is published on, e.g. {@link Topics#PETITION}; the producer's outbox relay uses it. */
    String topic();
}
