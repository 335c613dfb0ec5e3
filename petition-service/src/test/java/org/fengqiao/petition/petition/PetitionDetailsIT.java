package org.fengqiao.petition.petition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fengqiao.petition.petition.PetitionApi.ok;

import org.fengqiao.petition.PetitionIT;
import org.fengqiao.platform.security.Role;
import org.fengqiao.platform.testkit.DemoDivisions;
import org.fengqiao.platform.testkit.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import tools.jackson.databind.JsonNode;

/** Progress notes, the owning leader (包案) and the audited reveal of a petitioner's identity. */
@PetitionIT
class PetitionDetailsIT {

    @Autowired
    WebTestClient web;

    private PetitionApi api;
    private final String fengqiao = TestTokens.handlerOf(DemoDivisions.FENGQIAO);

    @BeforeEach
    void client() {
        api = new PetitionApi(web);
    }

    @Test
    void theHoldingUnitWritesProgressNotesIntoTheTimeline() {
        String id = api.atFengqiao();
        String note = "已约谈信访人并实地查看补偿款分配台账，下周召开村民代表会议。";

        JsonNode noted = ok(api.act(id, "notes", fengqiao, "{\"note\":\"" + note + "\"}"));
        assertThat(noted.get("state").asString()).isEqualTo("assigned");
        JsonNode last = timeline(id).get(timeline(id).size() - 1);
        assertThat(last.get("action").asString()).isEqualTo("note");
        assertThat(last.get("note").asString()).isEqualTo(note);
        assertThat(last.get("byName").asString()).isEqualTo("枫桥镇信访办");
        assertThat(last.get("from").asString()).isEqualTo("assigned");
        assertThat(last.get("to").asString()).isEqualTo("assigned");
        int entries = timeline(id).size();

        api.act(id, "notes", fengqiao, "{\"note\":\"  \"}").expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        api.act(id, "notes", fengqiao, "{\"note\":\"" + "长".repeat(2001) + "\"}").expectStatus().isBadRequest();
        api.act(id, "notes", TestTokens.countyDispatcher(), "{\"note\":\"县里的进展\"}").expectStatus().isForbidden();
        api.act(id, "notes", TestTokens.handlerOf(DemoDivisions.ZHAOJIA), "{\"note\":\"x\"}").expectStatus().isNotFound();
        api.act(id, "notes", TestTokens.countySupervisor(), "{\"note\":\"x\"}").expectStatus().isForbidden();
        assertThat(timeline(id).size()).as("nothing changed").isEqualTo(entries);

        String ended = api.registeredId();
        ok(api.act(ended, "not-accept", TestTokens.countyDispatcher(), "{\"reason\":\"litigation\"}"));
        api.act(ended, "notes", TestTokens.countyDispatcher(), "{\"note\":\"补记\"}").expectStatus().isEqualTo(409);
    }

    @Test
    void theHolderOrTheCountyDispatcherNamesTheOwningLeader() {
        String id = api.atFengqiao();

        JsonNode owned = ok(api.act(id, "owner", fengqiao, "{\"name\":\"王某某\",\"unit\":\"枫桥镇人民政府\"}"));
        assertThat(owned.get("owner").get("name").asString()).isEqualTo("王某某");
        assertThat(owned.get("owner").get("unit").asString()).isEqualTo("枫桥镇人民政府");
        assertThat(owned.get("owner").get("assignedBy").asString()).isEqualTo("handler-fengqiao");
        assertThat(api.get(id).get("owner").get("name").asString()).isEqualTo("王某某");
        api.act(id, "owner", fengqiao, "{\"name\":\"王某某\",\"unit\":\"枫桥镇人民政府\"}").expectStatus().isEqualTo(409);

        JsonNode county = ok(api.act(id, "owner", TestTokens.countyDispatcher(),
                "{\"name\":\"李某某\",\"unit\":\"诸暨市人民政府\"}"));
        assertThat(county.get("owner").get("name").asString()).isEqualTo("李某某");
        JsonNode last = timeline(id).get(timeline(id).size() - 1);
        assertThat(last.get("action").asString()).isEqualTo("owner-assigned");
        assertThat(last.get("note").asString()).contains("李某某", "原包案领导 王某某");
        JsonNode listed = api.getJson("/api/petitions?state=assigned&size=200&sort=registeredAt,desc", fengqiao)
                .get("items").valueStream().filter(item -> item.get("id").asString().equals(id)).findFirst()
                .orElseThrow();
        assertThat(listed.get("owner").asString()).isEqualTo("李某某");

        int entries = timeline(id).size();
        api.act(id, "owner", fengqiao, "{\"name\":\"\",\"unit\":\"枫桥镇人民政府\"}").expectStatus().isBadRequest();
        api.act(id, "owner", fengqiao, "{\"name\":\"赵某\"}").expectStatus().isBadRequest();
        api.act(id, "owner", TestTokens.handlerOf(DemoDivisions.ZHAOJIA), "{\"name\":\"赵某\",\"unit\":\"赵家镇\"}")
                .expectStatus().isNotFound();
        api.act(id, "owner", TestTokens.countySupervisor(), "{\"name\":\"赵某\",\"unit\":\"县督查室\"}")
                .expectStatus().isForbidden();
        assertThat(timeline(id).size()).isEqualTo(entries);
        assertThat(api.get(id).get("owner").get("name").asString()).isEqualTo("李某某");
    }

    @Test
    void onlyTheCountySupervisorLeaderOrAdminReadsTheFullIdentityAndEveryReadIsAudited() {
        String idNumber = PetitionApi.idNumber();
        String phone = PetitionApi.phone();
        String id = api.registered(PetitionApi.body("visit", "land_acquisition", PetitionApi.VILLAGE,
                PetitionApi.petitioner("周某某", idNumber, phone, false), null)).get("id").asString();
        ok(api.act(id, "accept", TestTokens.countyDispatcher(), null));
        ok(api.act(id, "assign", TestTokens.countyDispatcher(), "{\"jurisdiction\":\"" + DemoDivisions.FENGQIAO + "\"}"));
        String uri = "/api/petitions/" + id + "/petitioners/0/identity?reason=";

        JsonNode identity = web.get().uri(uri + "复查核实信访人身份").headers(h -> h.setBearerAuth(TestTokens.countySupervisor()))
                .exchange().expectStatus().isOk()
                .expectHeader().value("Cache-Control", value -> assertThat(value).contains("no-store"))
                .expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(identity.get("idNumber").asString()).isEqualTo(idNumber);
        assertThat(identity.get("phone").asString()).isEqualTo(phone);
        assertThat(identity.get("name").asString()).isEqualTo("周某某");
        assertThat(api.get(id).get("petitioners").get(0).get("idNumber").asString()).as("elsewhere still masked")
                .isEqualTo(idNumber.substring(0, 4) + "**********" + idNumber.substring(14));
        reveal(uri + "包案领导约见", TestTokens.countyLeader()).expectStatus().isOk();
        reveal(uri + "数据核查", TestTokens.countyAdmin()).expectStatus().isOk();

        reveal("/api/petitions/" + id + "/petitioners/0/identity", TestTokens.countySupervisor())
                .expectStatus().isBadRequest().expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        reveal(uri, TestTokens.countySupervisor()).expectStatus().isBadRequest();
        reveal(uri + "核实", TestTokens.countyDispatcher()).expectStatus().isForbidden();
        reveal(uri + "核实", fengqiao).expectStatus().isForbidden();
        reveal(uri + "核实", TestTokens.token("fengqiao-leader", "枫桥镇领导", DemoDivisions.FENGQIAO, Role.LEADER))
                .expectStatus().isForbidden();
        reveal(uri + "核实", TestTokens.token("other-supervisor", "外县督办员", "330682", Role.SUPERVISOR))
                .expectStatus().isNotFound();
        reveal("/api/petitions/" + id + "/petitioners/1/identity?reason=核实", TestTokens.countySupervisor())
                .expectStatus().isNotFound();
        reveal("/api/petitions/" + id + "/petitioners/x/identity?reason=核实", TestTokens.countySupervisor())
                .expectStatus().isBadRequest();

        JsonNode reads = api.getJson("/api/audit/personal-data-reads?petitionId=" + id, TestTokens.countyAdmin());
        assertThat(reads.valueStream().map(read -> read.get("by").asString()).toList())
                .as("newest first, only the reads that revealed something")
                .containsExactly("county-admin", "county-leader", "county-supervisor");
        JsonNode first = reads.get(2);
        assertThat(first.get("reason").asString()).isEqualTo("复查核实信访人身份");
        assertThat(first.get("petitionNumber").asString()).isEqualTo(api.get(id).get("number").asString());
        assertThat(first.get("petitionerIndex").asInt()).isZero();
        assertThat(first.get("fields").valueStream().map(JsonNode::asString)).containsExactly("idNumber", "phone");
        assertThat(first.get("roles").valueStream().map(JsonNode::asString)).containsExactly("supervisor");
        assertThat(first.get("at").isNull()).isFalse();
        assertThat(reads.toString()).doesNotContain(idNumber).doesNotContain(phone);

        web.get().uri("/api/audit/personal-data-reads").headers(h -> h.setBearerAuth(TestTokens.countySupervisor()))
                .exchange().expectStatus().isForbidden();
        web.get().uri("/api/audit/personal-data-reads?size=0").headers(h -> h.setBearerAuth(TestTokens.countyAdmin()))
                .exchange().expectStatus().isBadRequest();
        assertThat(api.getJson("/api/audit/personal-data-reads?petitionId=" + id,
                TestTokens.token("other-admin", "外县管理员", "330682", Role.ADMIN))).isEmpty();
    }

    private WebTestClient.ResponseSpec reveal(String uri, String token) {
        return web.get().uri(uri).headers(h -> h.setBearerAuth(token)).exchange();
    }

    private JsonNode timeline(String id) {
        return api.getJson("/api/petitions/" + id + "/timeline", TestTokens.countyDispatcher());
    }
}
