package org.fengqiao.mediation.dispute;

import java.time.Duration;

import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code fengqiao.mediation.agreements.*}.
 *
 * @param judicialConfirmationWindow how long after the agreement the parties may apply for judicial confirmation
 *                                   (30 days by law)
 * @param judicialReminderBefore     how long before the window closes the reminder goes out
 */
@Validated
@ConfigurationProperties("fengqiao.mediation.agreements")
record AgreementPolicy(
        @NotNull @DefaultValue("30d") Duration judicialConfirmationWindow,
        @NotNull @DefaultValue("7d") Duration judicialReminderBefore) {

    static AgreementPolicy defaults() {
        return new AgreementPolicy(Duration.ofDays(30), Duration.ofDays(7));
    }
}
