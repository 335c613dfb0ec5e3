package org.fengqiao.notification.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class RetryBackoffTest {

    @Test
    void theDefaultsDoubleFromThirtySecondsUpToAnHourAndKeepTryingForMoreThanADay() {
        DeliveryProperties.Retry retry = new DeliveryProperties(null, null, null, null, null, null).retry();

        assertThat(retry.backoffAfter(1)).isEqualTo(Duration.ofSeconds(30));
        assertThat(retry.backoffAfter(2)).isEqualTo(Duration.ofSeconds(60));
        assertThat(retry.backoffAfter(5)).isEqualTo(Duration.ofSeconds(480));
        assertThat(retry.backoffAfter(20)).isEqualTo(Duration.ofHours(1));
        assertThat(retry.backoffAfter(10_000)).isEqualTo(Duration.ofHours(1));
        assertThat(retry.retryFor()).isGreaterThanOrEqualTo(Duration.ofHours(24));
    }
}
