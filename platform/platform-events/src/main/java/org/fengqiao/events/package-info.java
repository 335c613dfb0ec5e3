/**
 * Event contracts of Fengqiao: logical event types, topic names, the envelope headers, JSON
 * (de)serialisation by logical type id, and the golden samples every producer and consumer is
 * tested against. No Spring and no Kafka here: only the wire format.
 *
 * <p>Payloads are past-tense records in a versioned package ({@code org.fengqiao.events.petition.v1})
 * annotated with {@link org.fengqiao.events.EventType}. Within a version changes are additive and
 * consumers ignore unknown fields; a breaking change is a new version with its own record and sample.
 */
package org.fengqiao.events;
