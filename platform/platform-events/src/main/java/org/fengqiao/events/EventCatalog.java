package org.fengqiao.events;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.fengqiao.events.grid.v1.FieldReportEscalated;
import org.fengqiao.events.grid.v1.FieldReportSubmitted;
import org.fengqiao.events.grid.v1.GridPatrolOverdue;
import org.fengqiao.events.grid.v1.JurisdictionChanged;
import org.fengqiao.events.mediation.v1.DisputeConcluded;
import org.fengqiao.events.mediation.v1.DisputeDiverted;
import org.fengqiao.events.mediation.v1.DisputeEscalated;
import org.fengqiao.events.mediation.v1.DisputeJudicialConfirmationDue;
import org.fengqiao.events.mediation.v1.DisputeOpened;
import org.fengqiao.events.mediation.v1.DisputeReopened;
import org.fengqiao.events.mediation.v1.DisputeRiskOverridden;
import org.fengqiao.events.mediation.v1.DisputeTermOverdue;
import org.fengqiao.events.petition.v1.DeadlineApproaching;
import org.fengqiao.events.petition.v1.DeadlineBreached;
import org.fengqiao.events.petition.v1.PetitionRegistered;
import org.fengqiao.events.petition.v1.PetitionAccepted;
import org.fengqiao.events.petition.v1.PetitionNotAccepted;
import org.fengqiao.events.petition.v1.PetitionForwarded;
import org.fengqiao.events.petition.v1.PetitionAssigned;
import org.fengqiao.events.petition.v1.PetitionReturned;
import org.fengqiao.events.petition.v1.PetitionEscalated;
import org.fengqiao.events.petition.v1.PetitionExtensionRequested;
import org.fengqiao.events.petition.v1.PetitionExtensionDecided;
import org.fengqiao.events.petition.v1.PetitionSuspended;
import org.fengqiao.events.petition.v1.PetitionResumed;
import org.fengqiao.events.petition.v1.PetitionReplied;
import org.fengqiao.events.petition.v1.PetitionReviewRequested;
import org.fengqiao.events.petition.v1.PetitionReviewDecided;
import org.fengqiao.events.petition.v1.PetitionReReviewRequested;
import org.fengqiao.events.petition.v1.PetitionReReviewDecided;
import org.fengqiao.events.petition.v1.PetitionTerminated;
import org.fengqiao.events.petition.v1.PetitionClosed;
import org.fengqiao.events.petition.v1.PetitionSupervisionIssued;
import org.fengqiao.events.petition.v1.PetitionReopened;
import org.fengqiao.events.petition.v1.WorkOrderClaimed;
import org.fengqiao.events.petition.v1.WorkOrderClosed;
import org.fengqiao.events.petition.v1.WorkOrderDispatched;
import org.fengqiao.events.petition.v1.WorkOrderExtensionDecided;
import org.fengqiao.events.petition.v1.WorkOrderExtensionRequested;
import org.fengqiao.events.petition.v1.WorkOrderReassigned;
import org.fengqiao.events.petition.v1.WorkOrderReceived;
import org.fengqiao.events.petition.v1.WorkOrderReopened;
import org.fengqiao.events.petition.v1.WorkOrderReplied;
import org.fengqiao.events.petition.v1.WorkOrderReturned;
import org.fengqiao.events.petition.v1.WorkOrderReviewed;
import org.fengqiao.events.survey.v1.ReturnVisitCompleted;
import org.fengqiao.events.survey.v1.ReturnVisitDissatisfied;
import org.fengqiao.events.survey.v1.ReturnVisitScheduled;

/**
 * The registry of every event contract, old versions included: which record a logical type id reads
 * into. Adding an event means adding its record here and its golden sample under {@code samples/}.
 */
public final class EventCatalog {

    private static final EventCatalog STANDARD = new EventCatalog(List.of(
            // petition.events.v1
            WorkOrderReceived.class,
            WorkOrderDispatched.class,
            WorkOrderReturned.class,
            WorkOrderReassigned.class,
            WorkOrderClaimed.class,
            WorkOrderExtensionRequested.class,
            WorkOrderExtensionDecided.class,
            WorkOrderReplied.class,
            WorkOrderReviewed.class,
            WorkOrderClosed.class,
            WorkOrderReopened.class,
            DeadlineApproaching.class,
            DeadlineBreached.class,
            PetitionRegistered.class,
            PetitionAccepted.class,
            PetitionNotAccepted.class,
            PetitionForwarded.class,
            PetitionAssigned.class,
            PetitionReturned.class,
            PetitionEscalated.class,
            PetitionExtensionRequested.class,
            PetitionExtensionDecided.class,
            PetitionSuspended.class,
            PetitionResumed.class,
            PetitionReplied.class,
            PetitionReviewRequested.class,
            PetitionReviewDecided.class,
            PetitionReReviewRequested.class,
            PetitionReReviewDecided.class,
            PetitionTerminated.class,
            PetitionClosed.class,
            PetitionSupervisionIssued.class,
            PetitionReopened.class,
            // grid.events.v1
            FieldReportSubmitted.class,
            FieldReportEscalated.class,
            JurisdictionChanged.class,
            GridPatrolOverdue.class,
            // mediation.events.v1
            DisputeOpened.class,
            DisputeEscalated.class,
            DisputeConcluded.class,
            DisputeRiskOverridden.class,
            DisputeTermOverdue.class,
            DisputeJudicialConfirmationDue.class,
            DisputeDiverted.class,
            DisputeReopened.class,
            // survey.events.v1
            ReturnVisitCompleted.class,
            ReturnVisitDissatisfied.class,
            ReturnVisitScheduled.class));

    private final Map<EventTypeId, Class<?>> classesByType;
    private final Map<Class<?>, EventTypeId> typesByClass;
    private final Map<EventTypeId, String> topicsByType;

    public EventCatalog(Collection<Class<?>> payloadTypes) {
        Map<EventTypeId, Class<?>> byType = new LinkedHashMap<>();
        Map<Class<?>, EventTypeId> byClass = new LinkedHashMap<>();
        Map<EventTypeId, String> topics = new LinkedHashMap<>();
        for (Class<?> payloadType : payloadTypes) {
            EventTypeId id = EventTypeId.of(payloadType);
            if (byType.putIfAbsent(id, payloadType) != null) {
                throw new IllegalArgumentException("event type " + id + " registered twice");
            }
            String topic = payloadType.getAnnotation(EventType.class).topic();
            if (!Topics.all().contains(topic)) {
                throw new IllegalArgumentException("event type " + id + " names unknown topic '" + topic + "'");
            }
            byClass.put(payloadType, id);
            topics.put(id, topic);
        }
        this.classesByType = Collections.unmodifiableMap(byType);
        this.typesByClass = Collections.unmodifiableMap(byClass);
        this.topicsByType = Collections.unmodifiableMap(topics);
    }

    /** Every contract of the platform. */
    public static EventCatalog standard() {
        return STANDARD;
    }

    public Optional<Class<?>> payloadClass(EventTypeId id) {
        return Optional.ofNullable(classesByType.get(id));
    }

    public EventTypeId typeIdOf(Class<?> payloadType) {
        EventTypeId id = typesByClass.get(payloadType);
        if (id == null) {
            throw new IllegalArgumentException(payloadType.getName() + " is not a registered event");
        }
        return id;
    }

    /**
     * The topic events of this type are published on ({@link EventType#topic()}).
     *
     * @throws IllegalArgumentException when the type is not registered
     */
    public String topicOf(EventTypeId id) {
        String topic = topicsByType.get(id);
        if (topic == null) {
            throw new IllegalArgumentException(id + " is not a registered event");
        }
        return topic;
    }

    public Collection<EventTypeId> typeIds() {
        return classesByType.keySet();
    }
}
