package org.fengqiao.petition.petition;

import java.util.List;
import java.util.Locale;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.fengqiao.events.Event;
import org.fengqiao.events.Topics;
import org.fengqiao.events.grid.v1.FieldReportSubmitted;
import org.fengqiao.events.mediation.v1.DisputeDiverted;
import org.fengqiao.petition.petitioner.PetitionerProtection;
import org.fengqiao.platform.messaging.EventRecords;
import org.fengqiao.platform.messaging.ProcessedEvents;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Mono;

/**
 * Petitions other services hand over: a mediation diversion to the petition channel ({@code dispute.diverted},
 * {@code channel = petition}) and a grid worker's petition sign ({@code field-report.submitted},
 * {@code type = petition_sign}). Each becomes one registered petition held by the township that owns the place.
 * Redelivery of an event is caught by {@link ProcessedEvents}; a second event about the same dispute or report
 * finds the petition already registered from it (events are keyed by that id, so they arrive in order on one
 * partition and the check cannot race).
 */
@Component
class TransferListeners {

    static final Actor MEDIATION = new Actor("mediation-service", "调解分流", null);
    static final Actor GRID = new Actor("grid-service", "网格上报", null);

    private final EventRecords records;
    private final ProcessedEvents processed;
    private final PetitionRegistration registration;
    private final PetitionRepository petitions;
    private final PetitionerProtection protection;

    TransferListeners(EventRecords records, ProcessedEvents processed, PetitionRegistration registration,
                      PetitionRepository petitions, PetitionerProtection protection) {
        this.records = records;
        this.processed = processed;
        this.registration = registration;
        this.petitions = petitions;
        this.protection = protection;
    }

    @KafkaListener(topics = Topics.MEDIATION)
    void onMediation(ConsumerRecord<String, String> record) {
        records.consume(record, DisputeDiverted.class, this::diverted);
    }

    @KafkaListener(topics = Topics.GRID)
    void onGrid(ConsumerRecord<String, String> record) {
        records.consume(record, FieldReportSubmitted.class, this::reported);
    }

    private Mono<Void> diverted(Event<?> event) {
        if (!(event.payload() instanceof DisputeDiverted dispute) || !"petition".equals(dispute.channel())) {
            return Mono.empty();
        }
        List<StoredPetitioner> applicants = dispute.parties() == null ? List.of() : dispute.parties().stream()
                .filter(party -> "applicant".equals(party.role()))
                .map(party -> new StoredPetitioner(party.name(), null, null, null, party.phone(),
                        protection.phoneHash(party.phone()), null, false))
                .toList();
        String content = dispute.summary() + (dispute.description() == null ? "" : "。" + dispute.description())
                + "（调解分流：" + dispute.reason() + "）";
        NewPetition matter = new NewPetition(Channel.mediation_diversion, null,
                Math.max(dispute.peopleInvolved(), Math.max(applicants.size(), 1)), applicants, content,
                categoryOf(dispute.type()), Purpose.demand,
                new Place(dispute.jurisdiction(), dispute.address(), null, null), List.of(), dispute.disputeId());
        return processed.once(event, () -> registerOnce(matter, MEDIATION));
    }

    private Mono<Void> reported(Event<?> event) {
        if (!(event.payload() instanceof FieldReportSubmitted report) || !"petition_sign".equals(report.type())) {
            return Mono.empty();
        }
        String content = report.title() + (report.description() == null ? "" : "。" + report.description())
                + "（网格员 " + report.reporterName() + " 上报）";
        NewPetition matter = new NewPetition(Channel.grid_report, null, Math.max(report.peopleInvolved(), 1),
                List.of(), content, "other", Purpose.demand,
                new Place(report.jurisdiction(), report.gridCode(), report.latitude(), report.longitude()), List.of(),
                report.reportId());
        Actor by = new Actor(report.reporter(), report.reporterName(), null);
        return processed.once(event, () -> registerOnce(matter, by));
    }

    private Mono<Void> registerOnce(NewPetition matter, Actor source) {
        // The township that owns the place registers it (首问); a county-level place stays with the county.
        String place = matter.place().jurisdiction();
        Actor by = new Actor(source.subject(), source.name(), place.substring(0, Math.min(place.length(), 9)));
        return petitions.findFirstByChannelAndSourceRef(matter.channel(), matter.sourceRef())
                .hasElement()
                .flatMap(known -> known ? Mono.empty() : registration.register(matter, by).then());
    }

    /** Mediation's dispute types onto the petition catalogue, by keyword; anything else is {@code other}. */
    static String categoryOf(String disputeType) {
        String type = disputeType == null ? "" : disputeType.toLowerCase(Locale.ROOT);
        if (type.contains("demolition")) {
            return "demolition";
        }
        if (type.contains("land")) {
            return "land_acquisition";
        }
        if (type.contains("labour") || type.contains("labor") || type.contains("wage")) {
            return "labour_wages";
        }
        if (type.contains("environment")) {
            return "environment";
        }
        return "other";
    }
}
