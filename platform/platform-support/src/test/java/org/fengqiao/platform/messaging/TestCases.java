package org.fengqiao.platform.messaging;

import java.time.Clock;

import org.springframework.data.mongodb.core.ReactiveMongoOperations;

import reactor.core.publisher.Mono;

/** Changes a {@link TestCase} the way a service's use case does: load, change, save, wake the relay. */
class TestCases {

    private final ReactiveMongoOperations mongo;
    private final OutboxRelay relay;
    private final Clock clock = Clock.systemUTC();

    TestCases(ReactiveMongoOperations mongo, OutboxRelay relay) {
        this.mongo = mongo;
        this.relay = relay;
    }

    Mono<TestCase> open(String id) {
        return mongo.insert(TestCase.open(id));
    }

    Mono<TestCase> change(String id, String what) {
        return mongo.findById(id, TestCase.class)
                .map(found -> found.change(what, clock.instant()))
                .flatMap(mongo::save)
                .doOnNext(relay::publishPending);
    }

    /** Saves a value read earlier, as a service does when its load and save straddle the relay's removal. */
    Mono<TestCase> save(TestCase changed) {
        return mongo.save(changed).doOnNext(relay::publishPending);
    }

    Mono<TestCase> find(String id) {
        return mongo.findById(id, TestCase.class);
    }
}
