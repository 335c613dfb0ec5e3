package org.fengqiao.survey.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.fengqiao.platform.security.Role;
import org.fengqiao.platform.testkit.DemoDivisions;
import org.fengqiao.platform.testkit.TestTokens;
import org.fengqiao.survey.SurveyIT;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import tools.jackson.databind.JsonNode;

/** An evaluation campaign end to end: paper forms, one-time online links, and the hand-computed scores and ranking. */
@SurveyIT
class CampaignIT {

    static final String CAMPAIGN = """
            {"title":"2026年度驻村工作队群众满意度测评",
             "questions":[
               {"id":"q1","text":"您对驻村工作队的总体评价","kind":"satisfaction3","required":true},
               {"id":"q2","text":"工作队是否到您家走访过","kind":"single","options":["走访过","没有走访过"],"required":true},
               {"id":"q3","text":"您希望工作队加强哪些方面","kind":"multiple","options":["政策宣传","矛盾调解","环境整治"]},
               {"id":"q4","text":"意见和建议","kind":"text"}],
             "units":[
               {"code":"jiaotong","name":"县交通运输局","teams":[
                  {"code":"fengyuan-team","name":"驻枫源村工作队"},{"code":"chenjia-team","name":"驻陈家村工作队"}]},
               {"code":"shuili","name":"县水利局","teams":[{"code":"xinze-team","name":"驻新择村工作队"}]}],
             "groups":[
               {"code":"villager_reps","name":"村民代表","formsIssued":8},
               {"code":"party_members","name":"党员","formsIssued":6},
               {"code":"enterprises","name":"企业","formsIssued":0}]}""";

    @Autowired
    WebTestClient web;

    private final String surveyor = TestTokens.countySurveyor();

    @Test
    void scoresAndRankingMatchTheHandComputedExampleAndATokenAnswersOnce() {
        String id = create(CAMPAIGN).get("id").asString();

        // Paper forms. 驻枫源村: 满意 x3, 一般满意 x1. 驻陈家村: 满意, 一般满意, 不满意 x2. 驻新择村: 满意 x2, plus one
        // form with the required q1 left blank (returned, not valid).
        paper(id, "fengyuan-team", "villager_reps", "satisfied");
        paper(id, "fengyuan-team", "villager_reps", "satisfied");
        paper(id, "fengyuan-team", "party_members", "satisfied");
        paper(id, "fengyuan-team", "party_members", "fairly_satisfied");
        paper(id, "chenjia-team", "villager_reps", "satisfied");
        paper(id, "chenjia-team", "villager_reps", "fairly_satisfied");
        paper(id, "chenjia-team", "villager_reps", "dissatisfied");
        paper(id, "chenjia-team", "party_members", "dissatisfied");
        paper(id, "xinze-team", "villager_reps", "satisfied");
        paper(id, "xinze-team", "party_members", "satisfied");
        JsonNode invalid = enter(id, """
                {"team":"xinze-team","group":"villager_reps","answers":{"q2":"走访过","q4":{"$gt":""}}}""")
                .expectStatus().isCreated().expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(invalid.get("valid").asBoolean()).isFalse();
        assertThat(invalid.get("problems").toString()).contains("q1").contains("q4");
        assertThat(invalid.get("answers").has("q4")).isFalse();

        // Three one-time links for enterprises rating 驻新择村; one is answered 一般满意.
        JsonNode issued = web.post().uri("/api/evaluations/{id}/tokens", id).headers(h -> h.setBearerAuth(surveyor))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"team\":\"xinze-team\",\"group\":\"enterprises\",\"count\":3}").exchange()
                .expectStatus().isCreated().expectBody(JsonNode.class).returnResult().getResponseBody();
        List<String> tokens = new ArrayList<>();
        issued.get("tokens").forEach(token -> tokens.add(token.asString()));
        assertThat(tokens).hasSize(3).doesNotHaveDuplicates();
        String token = tokens.get(0);

        web.get().uri("/api/public/evaluations/{token}", token).exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$.team").isEqualTo("驻新择村工作队")
                .jsonPath("$.group").isEqualTo("企业")
                .jsonPath("$.questions.length()").isEqualTo(4);
        // Incomplete: 400, and the link still works.
        answer(token, "{\"answers\":{\"q1\":\"fairly_satisfied\"}}").expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        answer(token, "{\"answers\":{\"q1\":\"fairly_satisfied\",\"q2\":\"走访过\",\"q3\":[\"环境整治\"],\"q4\":\"希望多来\"}}")
                .expectStatus().isCreated();
        answer(token, "{\"answers\":{\"q1\":\"satisfied\",\"q2\":\"走访过\"}}").expectStatus().isEqualTo(409)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        web.get().uri("/api/public/evaluations/{token}", token).exchange().expectStatus().isEqualTo(409);
        web.get().uri("/api/public/evaluations/{token}", "x".repeat(32)).exchange().expectStatus().isNotFound();

        JsonNode results = web.get().uri("/api/evaluations/{id}/results", id)
                .headers(h -> h.setBearerAuth(TestTokens.countyLeader())).exchange()
                .expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
        // Issued: paper 8 + 6 + 0, links 3 = 17. Returned: 11 paper + 1 online = 12; valid 11; 11 / 17 = 64.7 %.
        assertThat(results.get("issued").asLong()).isEqualTo(17);
        assertThat(results.get("returned").asLong()).isEqualTo(12);
        assertThat(results.get("valid").asLong()).isEqualTo(11);
        assertThat(results.get("participation").decimalValue()).isEqualByComparingTo("64.7");
        // 村民代表: issued 8, returned 2 + 3 + 1 + 1 invalid = 7, valid 6 -> 75.0 %; 企业: 1 of 3 links -> 33.3 %.
        assertThat(results.at("/groups/0/returned").asLong()).isEqualTo(7);
        assertThat(results.at("/groups/0/valid").asLong()).isEqualTo(6);
        assertThat(results.at("/groups/0/participation").decimalValue()).isEqualByComparingTo("75.0");
        assertThat(results.at("/groups/2/issued").asLong()).isEqualTo(3);
        assertThat(results.at("/groups/2/participation").decimalValue()).isEqualByComparingTo("33.3");

        // 驻枫源村 (3 x 5 + 4) / 4 = 4.75; 驻陈家村 (5 + 4 + 3 + 3) / 4 = 3.75; 驻新择村 (5 + 5 + 4) / 3 = 4.67.
        assertThat(results.at("/teams/0/score").decimalValue()).isEqualByComparingTo("4.75");
        assertThat(results.at("/teams/0/votes/q1/satisfied").asLong()).isEqualTo(3);
        assertThat(results.at("/teams/1/score").decimalValue()).isEqualByComparingTo("3.75");
        assertThat(results.at("/teams/1/satisfactionRate").decimalValue()).isEqualByComparingTo("50.0");
        assertThat(results.at("/teams/2/score").decimalValue()).isEqualByComparingTo("4.67");
        assertThat(results.at("/teams/2/forms").asLong()).isEqualTo(3);
        // Units: 县水利局 4.67 (its one team) ranks first; 县交通运输局 (4.75 + 3.75) / 2 = 4.25 second.
        assertThat(results.at("/units/0/code").asString()).isEqualTo("shuili");
        assertThat(results.at("/units/0/rank").asInt()).isEqualTo(1);
        assertThat(results.at("/units/0/score").decimalValue()).isEqualByComparingTo("4.67");
        assertThat(results.at("/units/1/code").asString()).isEqualTo("jiaotong");
        assertThat(results.at("/units/1/rank").asInt()).isEqualTo(2);
        assertThat(results.at("/units/1/score").decimalValue()).isEqualByComparingTo("4.25");
    }

    @Test
    void badCampaignsAndFormsAre400AndOtherJurisdictionsSeeNothing() {
        for (String bad : List.of("{}", "{\"title\":\"无题目\",\"questions\":[],\"units\":[],\"groups\":[]}",
                CAMPAIGN.replace("\"satisfaction3\"", "\"text\""),
                CAMPAIGN.replace("\"kind\":\"single\",\"options\":[\"走访过\",\"没有走访过\"]", "\"kind\":\"single\""),
                CAMPAIGN.replace("\"xinze-team\"", "\"fengyuan-team\""),
                CAMPAIGN.replace("\"formsIssued\":8", "\"formsIssued\":-1"),
                CAMPAIGN.replace("\"satisfaction3\"", "\"stars\""))) {
            web.post().uri("/api/evaluations").headers(h -> h.setBearerAuth(surveyor))
                    .contentType(MediaType.APPLICATION_JSON).bodyValue(bad).exchange()
                    .expectStatus().isBadRequest()
                    .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        }
        String id = create(CAMPAIGN).get("id").asString();
        enter(id, "{\"team\":\"nobody\",\"group\":\"villager_reps\",\"answers\":{}}").expectStatus().isBadRequest();
        enter(id, "{\"team\":\"xinze-team\",\"group\":\"tourists\",\"answers\":{}}").expectStatus().isBadRequest();
        web.post().uri("/api/evaluations/{id}/tokens", id).headers(h -> h.setBearerAuth(surveyor))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"team\":\"xinze-team\",\"group\":\"enterprises\",\"count\":0}").exchange()
                .expectStatus().isBadRequest();

        String townshipSurveyor = TestTokens.token("surveyor-fengqiao", "枫桥镇回访员", DemoDivisions.FENGQIAO,
                Role.SURVEYOR);
        web.get().uri("/api/evaluations/{id}/results", id).headers(h -> h.setBearerAuth(townshipSurveyor)).exchange()
                .expectStatus().isNotFound();
        enter(id, townshipSurveyor, "{\"team\":\"xinze-team\",\"group\":\"villager_reps\",\"answers\":{\"q1\":\"satisfied\",\"q2\":\"走访过\"}}")
                .expectStatus().isNotFound();
        web.get().uri("/api/evaluations").headers(h -> h.setBearerAuth(townshipSurveyor)).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$[?(@.id == '" + id + "')]").doesNotExist();
        web.post().uri("/api/evaluations").headers(h -> h.setBearerAuth(TestTokens.countyLeader()))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(CAMPAIGN).exchange().expectStatus().isForbidden();
        web.get().uri("/api/evaluations/{id}/results", id).exchange().expectStatus().isUnauthorized();
    }

    private JsonNode create(String json) {
        return web.post().uri("/api/evaluations").headers(h -> h.setBearerAuth(surveyor))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(json).exchange()
                .expectStatus().isCreated().expectBody(JsonNode.class).returnResult().getResponseBody();
    }

    private void paper(String id, String team, String group, String level) {
        enter(id, "{\"team\":\"" + team + "\",\"group\":\"" + group + "\",\"answers\":{\"q1\":\"" + level
                + "\",\"q2\":\"走访过\"}}").expectStatus().isCreated().expectBody().jsonPath("$.valid").isEqualTo(true);
    }

    private WebTestClient.ResponseSpec enter(String id, String json) {
        return enter(id, surveyor, json);
    }

    private WebTestClient.ResponseSpec enter(String id, String token, String json) {
        return web.post().uri("/api/evaluations/{id}/responses", id).headers(h -> h.setBearerAuth(token))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(json).exchange();
    }

    private WebTestClient.ResponseSpec answer(String token, String json) {
        return web.post().uri("/api/public/evaluations/{token}", token).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(json).exchange();
    }
}
