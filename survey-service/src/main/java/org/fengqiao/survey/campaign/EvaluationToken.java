package org.fengqiao.survey.campaign;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** A one-time online form; only the SHA-256 of the token is stored, the token itself is handed out once. */
@Document(EvaluationToken.COLLECTION)
record EvaluationToken(@Id String hash, String campaignId, String team, String group, Instant issuedAt,
                       Instant usedAt) {

    static final String COLLECTION = "evaluation_tokens";
}
