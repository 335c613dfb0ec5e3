package org.fengqiao.petition.petition;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.bson.types.ObjectId;
import org.fengqiao.petition.petitioner.PetitionerProtection;
import org.fengqiao.platform.messaging.OutboxRelay;
import org.fengqiao.platform.security.CurrentUser;
import org.fengqiao.platform.security.Jurisdiction;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

import reactor.core.publisher.Mono;

/**
 * 登记 from every channel: validates the matter against the catalogue and the registering unit's jurisdiction,
 * protects the petitioners' identity data, computes the flags and saves the petition with its
 * {@code petition.registered} event.
 */
@Service
class PetitionRegistration {

    private final PetitionRepository petitions;
    private final ReactiveMongoTemplate mongo;
    private final PetitionNumbers numbers;
    private final PetitionDeadlines deadlines;
    private final PetitionDeadlineTracker tracker;
    private final PetitionerProtection protection;
    private final PetitionProperties properties;
    private final OutboxRelay relay;
    private final Clock clock;

    PetitionRegistration(PetitionRepository petitions, ReactiveMongoTemplate mongo, PetitionNumbers numbers,
                         PetitionDeadlines deadlines, PetitionDeadlineTracker tracker, PetitionerProtection protection,
                         PetitionProperties properties, OutboxRelay relay, Clock clock) {
        this.petitions = petitions;
        this.mongo = mongo;
        this.numbers = numbers;
        this.deadlines = deadlines;
        this.tracker = tracker;
        this.protection = protection;
        this.properties = properties;
        this.relay = relay;
        this.clock = clock;
    }

    /** A petition registered through the API by a user of the first-contact unit. */
    Mono<Petition> register(RegisterPetitionRequest request, CurrentUser user) {
        if (request.channel() == Channel.grid_report || request.channel() == Channel.mediation_diversion) {
            throw new InvalidPetitionInput("网格上报和调解分流的信访事项由系统自动登记，不能手工登记");
        }
        Jurisdiction place = Jurisdiction.of(request.place().jurisdiction());
        if (!user.canSee(place)) {
            throw new InvalidPetitionInput("事发地 " + place.code() + " 不在您所在单位的管辖范围 " + user.jurisdiction().code() + " 内");
        }
        List<StoredPetitioner> petitioners = new ArrayList<>();
        for (RegisterPetitionRequest.PetitionerRequest petitioner : request.petitioners()) {
            PetitionerProtection.ProtectedIdNumber id = protection.protect(petitioner.idNumber());
            petitioners.add(new StoredPetitioner(petitioner.name(), id.cipherText(), id.hash(), id.masked(),
                    petitioner.phone(), protection.phoneHash(petitioner.phone()), petitioner.address(),
                    petitioner.isRepresentative()));
        }
        int headCount = request.headCount() == null ? petitioners.size() : request.headCount();
        if (headCount < petitioners.size()) {
            throw new InvalidPetitionInput("人数（headCount）不能少于登记的信访人数");
        }
        NewPetition matter = new NewPetition(request.channel(), request.batchNumber(), headCount, petitioners,
                request.content(), request.category(), request.purpose(),
                new Place(place.code(), request.place().address(), request.place().latitude(),
                        request.place().longitude()),
                request.attachments() == null ? List.of() : request.attachments().stream()
                        .map(a -> new Attachment(a.name(), a.contentType(), a.size(), a.reference())).toList(),
                request.sourceRef());
        return register(matter, Actor.of(user));
    }

    /** A petition registered on behalf of another channel (grid report, mediation diversion). */
    Mono<Petition> register(NewPetition matter, Actor by) {
        PetitionProperties.Category category = properties.categories().get(matter.category());
        if (category == null) {
            throw new InvalidPetitionInput("未知的信访类别: " + matter.category() + "，可选: "
                    + String.join(", ", new java.util.TreeSet<>(properties.categories().keySet())));
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        return flagsFor(matter, category, by, now)
                .zipWith(numbers.next(matter.place().jurisdiction(), now))
                .map(found -> Petition.register(new ObjectId().toHexString(), found.getT2(), matter, found.getT1(), by,
                        now, deadlines))
                .flatMap(petitions::insert)
                .doOnNext(relay::publishPending)
                .flatMap(saved -> tracker.track(saved, now).thenReturn(saved));
    }

    private Mono<Flags> flagsFor(NewPetition matter, PetitionProperties.Category category, Actor by, Instant now) {
        List<String> hashes = matter.petitioners().stream().map(StoredPetitioner::idHash)
                .filter(hash -> hash != null).toList();
        boolean collective = matter.headCount() >= properties.collectiveHeadCount();
        boolean skipLevel = matter.channel().citizenChoseTheTier() && isAboveTheOwningTier(by.unit(),
                matter.place().jurisdiction());
        String advice = category.litigationRelated() ? category.diversionAdvice() : null;
        if (hashes.isEmpty()) {
            return Mono.just(new Flags(collective, skipLevel, false, null, category.litigationRelated(), advice, false));
        }
        Query earlier = Query.query(Criteria.where("petitionerHashes").in(hashes).and("category").is(matter.category()))
                .with(Sort.by(Sort.Direction.DESC, "registeredAt"));
        Instant windowStart = now.minus(properties.repeatWindow());
        return mongo.find(earlier, Petition.class).collectList().map(found -> {
            boolean afterTermination = found.stream().anyMatch(p -> p.state() == PetitionState.terminated);
            String repeatOf = found.stream().filter(p -> !p.registeredAt().isBefore(windowStart))
                    .map(Petition::id).findFirst().orElse(null);
            return new Flags(collective, skipLevel, repeatOf != null, repeatOf, category.litigationRelated(), advice,
                    afterTermination);
        });
    }

    /**
     * 越级: filed with a unit above the township that owns the place (the county for a township or village place).
     * Villages do not register petitions, so a township registering for its village is not 越级.
     */
    static boolean isAboveTheOwningTier(String registeringUnit, String placeCode) {
        int owningLength = Math.min(placeCode.length(), 9);
        return registeringUnit.length() < owningLength;
    }
}
