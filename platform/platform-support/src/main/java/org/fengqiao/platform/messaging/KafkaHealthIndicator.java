package org.fengqiao.platform.messaging;

import java.time.Duration;
import java.util.Map;

import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.clients.admin.DescribeClusterResult;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.ReactiveHealthIndicator;

import reactor.core.publisher.Mono;

/**
 * The {@code kafka} health contributor (part of readiness): up when the cluster describes itself within
 * the timeout. Non-blocking: the admin client's futures are adapted, never waited on. A down broker is
 * reported with its error message, without logging a stack trace per probe.
 */
final class KafkaHealthIndicator implements ReactiveHealthIndicator, DisposableBean {

    private final AdminClient admin;
    private final Duration timeout;

    KafkaHealthIndicator(Map<String, Object> adminConfig, Duration timeout) {
        this.admin = AdminClient.create(adminConfig);
        this.timeout = timeout;
    }

    @Override
    public Mono<Health> health() {
        return Mono.defer(() -> {
                    DescribeClusterResult cluster = admin.describeCluster(
                            new DescribeClusterOptions().timeoutMs((int) timeout.toMillis()));
                    return Mono.zip(
                            Mono.fromFuture(cluster.clusterId().toCompletionStage().toCompletableFuture()),
                            Mono.fromFuture(cluster.nodes().toCompletionStage().toCompletableFuture()));
                })
                .map(described -> Health.up()
                        .withDetail("clusterId", described.getT1())
                        .withDetail("nodes", described.getT2().size())
                        .build())
                .timeout(timeout.plusMillis(500))
                .onErrorResume(error -> Mono.just(Health.down().withDetail("error", describe(error)).build()));
    }

    private static String describe(Throwable error) {
        Throwable cause = error.getCause() != null ? error.getCause() : error;
        return cause.getClass().getSimpleName() + ": " + cause.getMessage();
    }

    @Override
    public void destroy() {
        admin.close(Duration.ofSeconds(2));
    }
}
