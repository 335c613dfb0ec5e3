package org.fengqiao.grid.fieldreport;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code fengqiao.grid.field-reports.*}.
 *
 * @param clockSkew    how far a phone's clock may run ahead of ours before {@code occurredAt} counts as future
 * @param outsideGrid  what to do with a position outside the grid's boundary
 * @param maxBatchSize most reports one offline-sync batch may carry
 * @param handlingTimeLimit       how long the township has for a queued report before it escalates
 * @param urgentHandlingTimeLimit the same for an urgent report
 */
@ConfigurationProperties("fengqiao.grid.field-reports")
record FieldReportProperties(Duration clockSkew, OutsideGridPolicy outsideGrid, Integer maxBatchSize,
                             Duration handlingTimeLimit, Duration urgentHandlingTimeLimit) {

    FieldReportProperties {
        clockSkew = clockSkew == null ? Duration.ofMinutes(5) : clockSkew;
        outsideGrid = outsideGrid == null ? OutsideGridPolicy.reject : outsideGrid;
        maxBatchSize = maxBatchSize == null ? 100 : maxBatchSize;
        handlingTimeLimit = handlingTimeLimit == null ? Duration.ofHours(72) : handlingTimeLimit;
        urgentHandlingTimeLimit = urgentHandlingTimeLimit == null ? Duration.ofHours(4) : urgentHandlingTimeLimit;
    }

    Duration timeLimit(Urgency urgency) {
        return urgency == Urgency.urgent ? urgentHandlingTimeLimit : handlingTimeLimit;
    }
}
