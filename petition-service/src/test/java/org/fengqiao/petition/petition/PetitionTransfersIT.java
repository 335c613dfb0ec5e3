package org.fengqiao.petition.petition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.fengqiao.petition.petition.PetitionApi.payload;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.bson.types.ObjectId;
import org.fengqiao.events.EventHeaders;
import org.fengqiao.events.Topics;
import org.fengqiao.events.grid.v1.FieldReportSubmitted;
import org.fengqiao.events.mediation.v1.DisputeDiverted;
import org.fengqiao.events.petition.v1.PetitionRegistered;
import org.fengqiao.petition.PetitionIT;
import org.fengqiao.platform.testkit.DemoDivisions;
import org.fengqiao.platform.testkit.RecordingConsumer;
import org.fengqiao.platform.testkit.TestEventPublisher;
import org.fengqiao.platform.testkit.TestKafka;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Petitions handed over by mediation-service (diversion) and grid-service (petition sign), idempotently. */
@PetitionIT
class PetitionTransfersIT {

    @Autowired
    PetitionRepository petitions;

    private final TestEventPublisher publisher = TestEventPublisher.toSharedBroker();
    private RecordingConsumer events;

    @BeforeEach
    void listen() {
        events = RecordingConsumer.fromNow(TestKafka.shared().bootstrapServers(), Topics.PETITION);
    }

    @AfterEach
    void close() {
        events.close();
        publisher.close();
    }

    @Test
    void aDiversionToThePetitionChannelRegistersOnePetitionHowEverOftenItArrives() {
        String disputeId = new ObjectId().toHexString();
        String litigation = new ObjectId().toHexString();
        String marker = new ObjectId().toHexString();
        UUID eventId = UUID.randomUUID();
        publisher.publish(diverted(disputeId, "petition"), disputeId, PetitionApi.VILLAGE, eventId);
        publisher.publish(diverted(disputeId, "petition"), disputeId, PetitionApi.VILLAGE, eventId);
        publisher.publish(diverted(disputeId, "petition"), disputeId, PetitionApi.VILLAGE);
        publisher.publish(diverted(litigation, "litigation"), litigation, PetitionApi.VILLAGE);
        publisher.publish(diverted(marker, "petition"), marker, PetitionApi.VILLAGE);

        await().atMost(Duration.ofSeconds(30)).until(() ->
                registeredFrom(Channel.mediation_diversion, marker) != null
                        && registeredFrom(Channel.mediation_diversion, disputeId) != null);
        Petition petition = registeredFrom(Channel.mediation_diversion, disputeId);
        assertThat(petitions.findAll().filter(p -> disputeId.equals(p.sourceRef())).count().block()).isEqualTo(1);
        assertThat(registeredFrom(Channel.mediation_diversion, litigation)).isNull();
        assertThat(petition.state()).isEqualTo(PetitionState.registered);
        assertThat(petition.holderCode()).isEqualTo(DemoDivisions.FENGQIAO);
        assertThat(petition.category()).isEqualTo("land_acquisition");
        assertThat(petition.petitioners()).extracting(StoredPetitioner::name).containsExactly("陈某");
        assertThat(petition.headCount()).isEqualTo(2);

        await().atMost(Duration.ofSeconds(20)).until(() -> !events.withKey(petition.id()).isEmpty());
        PetitionRegistered event = (PetitionRegistered) payload(events.withKey(petition.id()).get(0));
        assertThat(event.channel()).isEqualTo("mediation_diversion");
        assertThat(event.sourceRef()).isEqualTo(disputeId);
        assertThat(event.petitionerPhone()).isEqualTo("13705750001");
        assertThat(event.skipLevel()).isFalse();
    }

    @Test
    void aGridPetitionSignRegistersAPetitionAndOtherReportsAreLeftAlone() {
        String reportId = new ObjectId().toHexString();
        String disputeSign = new ObjectId().toHexString();
        UUID eventId = UUID.randomUUID();
        publisher.publish(report(disputeSign, "dispute_sign"), disputeSign, PetitionApi.VILLAGE);
        publisher.publish(report(reportId, "petition_sign"), reportId, PetitionApi.VILLAGE, eventId);
        publisher.publish(report(reportId, "petition_sign"), reportId, PetitionApi.VILLAGE, eventId);

        await().atMost(Duration.ofSeconds(30)).until(() -> registeredFrom(Channel.grid_report, reportId) != null);
        Petition petition = registeredFrom(Channel.grid_report, reportId);
        assertThat(petition.place().latitude()).isEqualTo(29.7152);
        assertThat(petition.content()).contains("多名村民");
        assertThat(petition.headCount()).isEqualTo(6);
        assertThat(petition.flags().collective()).isTrue();
        assertThat(petition.registeredBy()).isEqualTo("gridworker-fengyuan");
        assertThat(registeredFrom(Channel.grid_report, disputeSign)).isNull();
        await().atMost(Duration.ofSeconds(20)).until(() -> !events.withKey(petition.id()).isEmpty());
        assertThat(events.withKey(petition.id())).extracting(r -> RecordingConsumer.header(r, EventHeaders.EVENT_TYPE))
                .containsExactly("petition.registered");
        assertThat(petitions.findAll().filter(p -> reportId.equals(p.sourceRef())).count().block()).isEqualTo(1);
    }

    private Petition registeredFrom(Channel channel, String sourceRef) {
        return petitions.findFirstByChannelAndSourceRef(channel, sourceRef).block();
    }

    private static DisputeDiverted diverted(String disputeId, String channel) {
        return new DisputeDiverted(disputeId, PetitionApi.VILLAGE, "village", PetitionApi.VILLAGE, channel,
                "涉及村集体土地征收补偿政策，超出调解范围，转信访渠道办理", "land_contract", "征地补偿款分配纠纷",
                "村民陈某认为其承包地征收补偿款分配不公。", "枫源村5组",
                List.of(new DisputeDiverted.Party("陈某", "applicant", "13705750001"),
                        new DisputeDiverted.Party("枫源村村民委员会", "respondent", null)),
                2, 2, Instant.now());
    }

    private static FieldReportSubmitted report(String reportId, String type) {
        return new FieldReportSubmitted(reportId, UUID.randomUUID().toString(), type, "多名村民欲集体上访",
                "多名村民因征地补偿问题酝酿到县里集体上访。", "33068110120101", PetitionApi.VILLAGE, 29.7152, 120.4231,
                Instant.now(), "urgent", 6, "gridworker-fengyuan", "枫源村网格员", false, null, Instant.now());
    }
}
