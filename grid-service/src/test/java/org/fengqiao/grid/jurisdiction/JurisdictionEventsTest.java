package org.fengqiao.grid.jurisdiction;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.fengqiao.events.EventJson;
import org.fengqiao.events.GoldenSamples;
import org.fengqiao.events.grid.v1.JurisdictionChanged;
import org.fengqiao.platform.security.Jurisdiction;
import org.junit.jupiter.api.Test;

/** The producer side of the contract: what grid-service writes is exactly the golden sample. */
class JurisdictionEventsTest {

    private final EventJson json = EventJson.standard();

    @Test
    void aChangedGridAnnouncesJurisdictionChangedAsInItsGoldenSample() {
        JurisdictionChanged sample = GoldenSamples.read(json, JurisdictionChanged.class);
        Division seeded = new Division(sample.code(), 0L, "旧名", Tier.grid, sample.parentCode(), null, null,
                Instant.parse("2026-11-01T00:00:00Z"), "system", List.of());

        Division changed = seeded.change(sample.name(), Boundary.rectangle(29.70, 120.41, 29.74, 120.43),
                new GeoPoint(sample.centreLatitude(), sample.centreLongitude()), sample.changedBy(), sample.changedAt());

        assertThat(changed.outbox()).singleElement().satisfies(event -> {
            assertThat(event.key()).isEqualTo(sample.code());
            assertThat(json.parse(event.payload()))
                    .isEqualTo(json.parse(GoldenSamples.json(json.catalog().typeIdOf(JurisdictionChanged.class))));
        });
    }

    @Test
    void aNewDivisionIsAnnouncedAsCreatedWithRevisionZeroAndItsParent() {
        Division created = Division.create(Jurisdiction.of("330681101"), "枫桥镇", null, null, "county-admin",
                Instant.parse("2026-11-22T00:00:00Z"));

        JurisdictionChanged event = (JurisdictionChanged) json.read(created.outbox().get(0).typeId(),
                created.outbox().get(0).payload());
        assertThat(event.change()).isEqualTo("created");
        assertThat(event.revision()).isZero();
        assertThat(event.tier()).isEqualTo("township");
        assertThat(event.parentCode()).isEqualTo("330681");
        assertThat(event.hasBoundary()).isFalse();
    }
}
