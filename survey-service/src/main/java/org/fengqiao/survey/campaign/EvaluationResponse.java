package org.fengqiao.survey.campaign;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One returned form. A paper form that breaks the validity rules is kept as returned but not valid, with its
 * problems; an online answer is only accepted valid. An online answer's id is derived from its token, so a token
 * answers once.
 *
 * @param channel {@code paper} or {@code online}
 */
@Document(EvaluationResponse.COLLECTION)
record EvaluationResponse(@Id String id, String campaignId, String team, String group, String channel,
                          Map<String, Object> answers, boolean valid, List<String> problems, Instant at, String by) {

    static final String COLLECTION = "evaluation_responses";
    static final String PAPER = "paper";
    static final String ONLINE = "online";
}
