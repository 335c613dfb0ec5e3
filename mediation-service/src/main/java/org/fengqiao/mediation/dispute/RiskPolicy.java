package org.fengqiao.mediation.dispute;

import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code fengqiao.mediation.risk.*}: the thresholds of the risk signals (practice; counties set their own).
 *
 * @param collectiveThreshold people involved from which a dispute is collective (群体性)
 * @param largeAmount         amount in yuan from which the amount raises the grade to 2
 * @param majorAmount         amount in yuan from which the amount raises the grade to 3
 */
@Validated
@ConfigurationProperties("fengqiao.mediation.risk")
record RiskPolicy(
        @Min(2) @DefaultValue("5") int collectiveThreshold,
        @Min(1) @DefaultValue("100000") long largeAmount,
        @Min(1) @DefaultValue("1000000") long majorAmount) {

    static RiskPolicy defaults() {
        return new RiskPolicy(5, 100_000, 1_000_000);
    }
}
