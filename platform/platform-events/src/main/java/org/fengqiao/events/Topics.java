package org.fengqiao.events;

import java.util.List;

/** One topic per producing service and contract version; dead letters go to {@code <topic>.dlt}. */
public final class Topics {

    public static final String PETITION = "petition.events.v1";
    public static final String MEDIATION = "mediation.events.v1";
    public static final String GRID = "grid.events.v1";
    public static final String SURVEY = "survey.events.v1";
    public static final String NOTIFICATION = "notification.events.v1";

    private static final String DEAD_LETTER_SUFFIX = ".dlt";

    private Topics() {
    }

    public static List<String> all() {
        return List.of(PETITION, MEDIATION, GRID, SURVEY, NOTIFICATION);
    }

    public static String deadLetter(String topic) {
        return topic + DEAD_LETTER_SUFFIX;
    }
}
