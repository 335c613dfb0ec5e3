package org.fengqiao.grid.jurisdiction;

import java.time.Clock;

import org.fengqiao.platform.messaging.OutboxRelay;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Seeds the demo county before the service takes traffic. Idempotent: a division that already exists (seeded
 * earlier, or changed by an admin since) is left as it is and announced no second time; a new one is announced
 * as created like any other, so replaying {@code grid.events.v1} rebuilds the whole tree. Off with
 * {@code fengqiao.grid.seed-demo-county=false}.
 */
@Component
@ConditionalOnBooleanProperty(name = "fengqiao.grid.seed-demo-county", matchIfMissing = true)
class DemoCountySeed implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(DemoCountySeed.class);

    private final DivisionRepository divisions;
    private final OutboxRelay relay;
    private final Clock clock;

    DemoCountySeed(DivisionRepository divisions, OutboxRelay relay, Clock clock) {
        this.divisions = divisions;
        this.relay = relay;
        this.clock = clock;
    }

    @Override
    public void afterSingletonsInstantiated() {
        Long created = Flux.fromIterable(DemoCounty.divisions(clock.instant()))
                .concatMap(division -> divisions.insert(division)
                        .doOnNext(relay::publishPending)
                        .map(saved -> 1L)
                        .onErrorResume(DuplicateKeyException.class, exists -> Mono.just(0L)))
                .reduce(0L, Long::sum)
                .block();
        log.info("Demo county {}: {} divisions created", DemoCounty.COUNTY, created);
    }
}
