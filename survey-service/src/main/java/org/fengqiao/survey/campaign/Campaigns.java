package org.fengqiao.survey.campaign;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.fengqiao.platform.security.CurrentUser;
import org.fengqiao.platform.security.Jurisdiction;
import org.fengqiao.platform.web.ConflictException;
import org.fengqiao.platform.web.NotFoundException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Creating campaigns, taking in paper and online forms, issuing one-time tokens, and the results. */
@Service
class Campaigns {

    static final int MAX_TOKENS = 500;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final ReactiveMongoOperations mongo;
    private final Clock clock;

    Campaigns(ReactiveMongoOperations mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    Mono<Campaign> create(CampaignRequest request, CurrentUser user) {
        request.check();
        Jurisdiction owner = request.jurisdiction() == null ? user.jurisdiction() : Jurisdiction.of(request.jurisdiction());
        if (!user.canSee(owner)) {
            throw new InvalidCampaign("测评活动的管辖区划须在您的管辖范围内");
        }
        Campaign campaign = new Campaign(UUID.randomUUID().toString(), request.title().trim(), owner.code(),
                request.questions(), request.units(), request.groups(),
                request.scheme() == null ? ScoringScheme.standard() : request.scheme(), Map.of(), now(), user.subject());
        return mongo.insert(campaign);
    }

    Flux<Campaign> list(CurrentUser user) {
        return mongo.find(Query.query(Criteria.where("jurisdiction").regex("^" + user.jurisdiction().code()))
                .with(Sort.by(Sort.Direction.DESC, "createdAt")).limit(200), Campaign.class);
    }

    Mono<Campaign> find(String id, CurrentUser user) {
        return mongo.findById(id, Campaign.class)
                .filter(campaign -> user.canSee(Jurisdiction.of(campaign.jurisdiction())))
                .switchIfEmpty(Mono.error(() -> new NotFoundException("测评活动不存在: " + id)));
    }

    /** A paper form: kept even when invalid (returned, not valid), with the reasons. */
    Mono<EvaluationResponse> enterPaper(String id, FormRequest form, CurrentUser user) {
        return find(id, user).flatMap(campaign -> {
            checkTarget(campaign, form.team(), form.group());
            Map<String, Object> answers = form.answers() == null ? Map.of() : form.answers();
            List<String> problems = campaign.problemsOf(answers);
            return mongo.insert(new EvaluationResponse(EvaluationResponse.PAPER + ":" + UUID.randomUUID(), campaign.id(),
                    form.team(), form.group(), EvaluationResponse.PAPER, campaign.storable(answers), problems.isEmpty(),
                    problems, now(),
                    user.subject()));
        });
    }

    /** One-time tokens; only their hashes are kept, so this is the only time they are seen. */
    Mono<List<String>> issueTokens(String id, TokenRequest request, CurrentUser user) {
        int count = request.count() == null ? 1 : request.count();
        if (count < 1 || count > MAX_TOKENS) {
            throw new InvalidCampaign("一次可生成 1 到 " + MAX_TOKENS + " 个测评链接（count）");
        }
        return find(id, user).flatMap(campaign -> {
            checkTarget(campaign, request.team(), request.group());
            List<String> tokens = new ArrayList<>();
            List<EvaluationToken> stored = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                String token = newToken();
                tokens.add(token);
                stored.add(new EvaluationToken(hash(token), campaign.id(), request.team(), request.group(), now(), null));
            }
            return mongo.insertAll(stored).then(Mono.just(tokens));
        });
    }

    Mono<Campaign> assess(String id, String team, TeamAssessment assessment, CurrentUser user) {
        assessment.check();
        return find(id, user).flatMap(campaign -> {
            if (campaign.team(team).isEmpty()) {
                return Mono.error(new NotFoundException("该测评活动没有工作队 " + team));
            }
            return mongo.save(campaign.assessed(team, assessment));
        });
    }

    Mono<CampaignResults> results(String id, CurrentUser user) {
        return find(id, user).flatMap(campaign -> Mono.zip(
                mongo.find(Query.query(Criteria.where("campaignId").is(campaign.id())), EvaluationResponse.class).collectList(),
                mongo.find(Query.query(Criteria.where("campaignId").is(campaign.id())), EvaluationToken.class)
                        .collect(Collectors.groupingBy(EvaluationToken::group, Collectors.counting())))
                .map(t -> Scoring.results(campaign, t.getT1(), t.getT2())));
    }

    /** The form behind a token, for the citizen; an unknown token is 404, a used one 409. */
    Mono<PublicForm> publicForm(String token) {
        return usableToken(token).flatMap(stored -> mongo.findById(stored.campaignId(), Campaign.class)
                .map(campaign -> PublicForm.of(campaign, stored)));
    }

    /** The citizen's answers: valid or 400 (the token stays usable); a token answers once, then 409. */
    Mono<Void> answer(String token, Map<String, Object> answers) {
        return usableToken(token).flatMap(stored -> mongo.findById(stored.campaignId(), Campaign.class).flatMap(campaign -> {
            Map<String, Object> given = answers == null ? Map.of() : answers;
            List<String> problems = campaign.problemsOf(given);
            if (!problems.isEmpty()) {
                return Mono.error(new InvalidCampaign("问卷填写不完整或有误：" + String.join("；", problems)));
            }
            EvaluationResponse response = new EvaluationResponse(EvaluationResponse.ONLINE + ":" + stored.hash(),
                    campaign.id(), stored.team(), stored.group(), EvaluationResponse.ONLINE, given, true, List.of(),
                    now(), null);
            // The response id is the token's: a second answer through the same token collides, even when concurrent.
            return mongo.insert(response)
                    .onErrorMap(DuplicateKeyException.class, used -> usedToken())
                    .then(mongo.updateFirst(Query.query(Criteria.where("_id").is(stored.hash())),
                            Update.update("usedAt", now()), EvaluationToken.class))
                    .then();
        }));
    }

    private Mono<EvaluationToken> usableToken(String token) {
        if (token == null || !token.matches("[A-Za-z0-9_-]{20,100}")) {
            return Mono.error(new NotFoundException("测评链接无效"));
        }
        return mongo.findById(hash(token), EvaluationToken.class)
                .switchIfEmpty(Mono.error(() -> new NotFoundException("测评链接无效")))
                .flatMap(stored -> stored.usedAt() != null ? Mono.error(usedToken()) : Mono.just(stored));
    }

    private static ConflictException usedToken() {
        return new ConflictException("该测评链接已提交过，每个链接只能提交一次");
    }

    private static void checkTarget(Campaign campaign, String team, String group) {
        if (team == null || campaign.team(team).isEmpty()) {
            throw new InvalidCampaign("工作队（team）'" + team + "' 不是本次测评的对象");
        }
        if (group == null || campaign.group(group).isEmpty()) {
            throw new InvalidCampaign("测评对象群体（group）'" + group + "' 不在本次测评中");
        }
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    private static String newToken() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always there", e);
        }
    }
}
