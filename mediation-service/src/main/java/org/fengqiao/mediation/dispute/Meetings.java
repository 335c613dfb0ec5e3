package org.fengqiao.mediation.dispute;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.bson.types.ObjectId;
import org.fengqiao.platform.security.CurrentUser;
import org.fengqiao.platform.security.Jurisdiction;
import org.fengqiao.platform.web.ForbiddenException;
import org.fengqiao.platform.web.NotFoundException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.web.server.ResponseStatusException;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** 三级例会纪要: record a held meeting of a unit in scope, and read it back. */
@Service
class Meetings {

    private final MeetingRepository meetings;
    private final ReactiveMongoTemplate mongo;
    private final Clock clock;

    Meetings(MeetingRepository meetings, ReactiveMongoTemplate mongo, Clock clock) {
        this.meetings = meetings;
        this.mongo = mongo;
        this.clock = clock;
    }

    /** Records the meeting; every item must be a dispute of the unit's subtree, each at most once. */
    Mono<Meeting> record(RecordMeetingRequest request, CurrentUser user) {
        Jurisdiction unit = request.jurisdiction() == null ? user.jurisdiction() : Jurisdiction.of(request.jurisdiction());
        if (unit.tier() == Jurisdiction.Tier.GRID) {
            unit = unit.parent().orElseThrow();
        }
        if (!user.canSee(unit)) {
            throw new ForbiddenException("不能记录本辖区以外单位的例会: " + unit.code());
        }
        List<String> ids = request.items().stream().map(RecordMeetingRequest.Item::disputeId).toList();
        if (ids.stream().distinct().count() < ids.size()) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "同一纠纷在一次例会中只能记录一条研判");
        }
        Jurisdiction meetingUnit = unit;
        List<String> valid = ids.stream().filter(ObjectId::isValid).toList();
        Query query = Query.query(Criteria.where("_id").in(valid)
                .and("jurisdiction").regex("^" + meetingUnit.code()));
        return mongo.find(query, Dispute.class).collectMap(Dispute::id, Function.identity())
                .flatMap(found -> {
                    List<String> missing = ids.stream().filter(id -> !found.containsKey(id)).toList();
                    if (!missing.isEmpty()) {
                        return Mono.error(new ResponseStatusException(HttpStatus.BAD_REQUEST,
                                "以下纠纷不存在或不在%s辖区内: %s".formatted(meetingUnit.code(), String.join(", ", missing))));
                    }
                    return meetings.insert(meetingOf(request, meetingUnit, found, user));
                });
    }

    Mono<Meeting> find(String id, CurrentUser user) {
        return meetings.findById(id)
                .filter(meeting -> user.canSee(Jurisdiction.of(meeting.jurisdiction())))
                .switchIfEmpty(Mono.error(() -> new NotFoundException("例会纪要不存在: " + id)));
    }

    /** The meetings of a unit in scope, latest held first. */
    Flux<Meeting> list(Jurisdiction unit, CurrentUser user, int page, int size) {
        if (!user.canSee(unit)) {
            throw new ForbiddenException("不能查看本辖区以外单位的例会: " + unit.code());
        }
        Query query = Query.query(Criteria.where("jurisdiction").is(unit.code()))
                .with(Sort.by(Sort.Direction.DESC, "heldAt").and(Sort.by(Sort.Direction.DESC, "_id")))
                .skip((long) page * size).limit(size);
        return mongo.find(query, Meeting.class);
    }

    private Meeting meetingOf(RecordMeetingRequest request, Jurisdiction unit, Map<String, Dispute> disputes,
                              CurrentUser user) {
        List<Meeting.Item> items = request.items().stream().map(item -> {
            Dispute dispute = disputes.get(item.disputeId());
            return new Meeting.Item(dispute.id(), dispute.summary(), dispute.state(), dispute.tier(),
                    dispute.handlingUnit(), dispute.risk().grade(), item.analysis(), item.decision());
        }).collect(Collectors.toList());
        return new Meeting(new ObjectId().toHexString(), unit.code(), Tier.of(unit), request.heldAt(), request.chair(),
                List.copyOf(request.attendees()), List.copyOf(items), request.minutes(), user.subject(),
                clock.instant());
    }
}
