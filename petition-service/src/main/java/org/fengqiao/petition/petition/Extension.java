package org.fengqiao.petition.petition;

import java.time.Instant;

/** The one extension a petition may have: asked for, then granted or refused ({@code approved} null until then). */
record Extension(int days, String reason, Instant requestedAt, String requestedBy, Boolean approved,
                 Instant decidedAt, String decidedBy, String note) {

    Extension decided(boolean granted, Instant at, String by, String decisionNote) {
        return new Extension(days, reason, requestedAt, requestedBy, granted, at, by, decisionNote);
    }
}
