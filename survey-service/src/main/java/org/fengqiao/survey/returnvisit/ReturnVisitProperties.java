package org.fengqiao.survey.returnvisit;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code fengqiao.return-visits.*}.
 *
 * @param workingDays working days from the event to the visit's due date (default 3)
 */
@ConfigurationProperties("fengqiao.return-visits")
record ReturnVisitProperties(Integer workingDays) {

    ReturnVisitProperties {
        workingDays = workingDays == null ? 3 : workingDays;
        if (workingDays < 1) {
            throw new IllegalArgumentException("fengqiao.return-visits.working-days must be 1 or more: " + workingDays);
        }
    }
}
