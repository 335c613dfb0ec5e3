package org.fengqiao.mediation.dispute;

import java.util.ArrayList;
import java.util.List;

import org.fengqiao.platform.security.Jurisdiction;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * What screening campaigns (排查) use to open the disputes a unit's return lists: each at the unit's tier, idempotent
 * per campaign, unit and position, so a retried return opens nothing twice.
 */
@Component
public class ScreenedDisputes {

    private final Disputes disputes;

    ScreenedDisputes(Disputes disputes) {
        this.disputes = disputes;
    }

    /**
     * A dispute found by screening.
     *
     * @param type           a dispute type code, e.g. {@code land}; unknown codes are {@code other}
     * @param summary        short description
     * @param peopleInvolved head count
     * @param address        where
     */
    public record Found(String type, String summary, int peopleInvolved, String address) {
    }

    /** Opens the found disputes (or finds them opened before) and returns their ids, in order. */
    public Mono<List<String>> open(String campaignId, Jurisdiction unit, List<Found> found, String filedBy) {
        List<NewDispute> details = new ArrayList<>();
        for (int i = 0; i < found.size(); i++) {
            Found one = found.get(i);
            details.add(new NewDispute(DisputeSource.screening, "screening:%s:%s:%d".formatted(campaignId,
                    unit.code(), i + 1), typeOf(one.type()), one.summary(), null, List.of(), one.peopleInvolved(),
                    null, one.address(), unit, filedBy));
        }
        return Flux.fromIterable(details)
                .concatMap(dispute -> disputes.open(dispute, false, false))
                .map(receipt -> receipt.dispute().id())
                .collectList();
    }

    private static DisputeType typeOf(String code) {
        for (DisputeType type : DisputeType.values()) {
            if (type.name().equals(code)) {
                return type;
            }
        }
        return DisputeType.other;
    }
}
