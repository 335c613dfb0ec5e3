package org.fengqiao.survey.kpi;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** What the KPIs need of one dispute (矛盾纠纷): when it was opened, how mediation ended, or whether it was diverted. */
@Document(DisputeFact.COLLECTION)
record DisputeFact(@Id String id, String jurisdiction, Instant openedAt, Instant concludedAt, String outcome,
                   Instant divertedAt) {

    static final String COLLECTION = "kpi_disputes";
    static final String AGREEMENT = "agreement";
    static final String FAILED = "failed";

    static DisputeFact empty(String id, String jurisdiction) {
        return new DisputeFact(id, jurisdiction, null, null, null, null);
    }

    DisputeFact opened(String place, Instant at) {
        return new DisputeFact(id, place, at, concludedAt, outcome, divertedAt);
    }

    DisputeFact concluded(String place, String state, Instant at) {
        return new DisputeFact(id, place, openedAt, at, state, divertedAt);
    }

    /** Back in mediation (agreement breached, or dissatisfied at the return visit): its earlier end no longer counts. */
    DisputeFact reopened(String place) {
        return new DisputeFact(id, place, openedAt, null, null, divertedAt);
    }

    DisputeFact diverted(String place, Instant at) {
        return new DisputeFact(id, place, openedAt, concludedAt, outcome, at);
    }
}
