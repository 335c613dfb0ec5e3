package org.fengqiao.mediation.screening;

import java.time.Clock;
import java.util.List;

import org.bson.types.ObjectId;
import org.fengqiao.mediation.dispute.ScreenedDisputes;
import org.fengqiao.platform.security.CurrentUser;
import org.fengqiao.platform.security.Jurisdiction;
import org.fengqiao.platform.web.ForbiddenException;
import org.fengqiao.platform.web.NotFoundException;
import org.springframework.stereotype.Service;

import reactor.core.publisher.Mono;

/** Creating campaigns, filing returns (opening the disputes found) and reading the campaign summary. */
@Service
class ScreeningCampaigns {

    private final ScreeningCampaignRepository campaigns;
    private final ScreenedDisputes screened;
    private final Clock clock;

    ScreeningCampaigns(ScreeningCampaignRepository campaigns, ScreenedDisputes screened, Clock clock) {
        this.campaigns = campaigns;
        this.screened = screened;
        this.clock = clock;
    }

    Mono<ScreeningCampaign> create(CampaignRequest request, CurrentUser user) {
        Jurisdiction scope = Jurisdiction.of(request.jurisdiction());
        if (!user.canSee(scope)) {
            throw new ForbiddenException("不能在本辖区以外组织排查: " + scope.code());
        }
        for (String unit : request.units()) {
            if (!scope.contains(Jurisdiction.of(unit)) || unit.equals(scope.code())) {
                throw new ForbiddenException("报送单位 %s 不在排查范围 %s 之下".formatted(unit, scope.code()));
            }
        }
        return campaigns.insert(new ScreeningCampaign(new ObjectId().toHexString(), null, request.kind(),
                request.topic(), scope.code(), request.periodStart(), request.periodEnd(), request.returnsDue(),
                request.units().stream().distinct().toList(), List.of(), clock.instant(), user.subject()));
    }

    /** A campaign the user organises (scope inside the user's jurisdiction) or has to file for. */
    Mono<ScreeningCampaign> find(String id, CurrentUser user) {
        return campaigns.findById(id)
                .filter(campaign -> user.canSee(Jurisdiction.of(campaign.scope()))
                        || campaign.units().contains(user.jurisdiction().code()))
                .switchIfEmpty(Mono.error(() -> new NotFoundException("排查活动不存在: " + id)));
    }

    /** The caller's unit files its return; the disputes found are opened before the return is saved. */
    Mono<ScreeningCampaign> file(String id, ReturnRequest request, CurrentUser user) {
        String unit = user.jurisdiction().code();
        return find(id, user).flatMap(campaign -> {
            campaign.checkMayFile(unit);
            List<ScreenedDisputes.Found> found = request.found().stream()
                    .map(f -> new ScreenedDisputes.Found(f.type(), f.summary(), f.peopleInvolved(), f.address()))
                    .toList();
            return screened.open(campaign.id(), user.jurisdiction(), found, user.subject())
                    .flatMap(disputeIds -> {
                        campaign.file(new ScreeningReturn(unit, request.zeroReport(), disputeIds, request.notes(),
                                clock.instant(), user.subject()));
                        return campaigns.save(campaign);
                    });
        });
    }

    CampaignSummary summary(ScreeningCampaign campaign) {
        return CampaignSummary.of(campaign, clock.instant());
    }
}
