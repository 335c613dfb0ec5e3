package org.fengqiao.mediation.jurisdiction;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** One division as grid-service last announced it. */
@Document(KnownJurisdiction.COLLECTION)
record KnownJurisdiction(@Id String code, String name, String tier, String parentCode, long revision,
                         Instant changedAt) {

    static final String COLLECTION = "jurisdictions";
}
