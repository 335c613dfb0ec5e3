package org.fengqiao.notification.delivery;

import org.springframework.beans.factory.DisposableBean;

import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

/**
 * The threads delivery work runs on ({@code delivery-*}, bounded). Never an HTTP event loop: a sender's answer
 * arrives on the event loop of its HTTP client, and without a hop everything after it (recording the outcome,
 * logging, claiming the next delivery) would run there, holding up every request served by that loop.
 */
final class DeliveryWorkers implements DisposableBean {

    private static final int QUEUED_TASKS = 10_000;
    private static final int IDLE_SECONDS = 60;

    private final Scheduler scheduler;

    DeliveryWorkers(int threads) {
        this.scheduler = Schedulers.newBoundedElastic(threads, QUEUED_TASKS, "delivery", IDLE_SECONDS, true);
    }

    Scheduler scheduler() {
        return scheduler;
    }

    @Override
    public void destroy() {
        scheduler.dispose();
    }
}
