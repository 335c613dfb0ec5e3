package org.fengqiao.petition.petition;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.fengqiao.events.petition.v1.PetitionAccepted;
import org.fengqiao.events.petition.v1.PetitionAssigned;
import org.fengqiao.events.petition.v1.PetitionClosed;
import org.fengqiao.events.petition.v1.PetitionEscalated;
import org.fengqiao.events.petition.v1.PetitionExtensionDecided;
import org.fengqiao.events.petition.v1.PetitionExtensionRequested;
import org.fengqiao.events.petition.v1.PetitionForwarded;
import org.fengqiao.events.petition.v1.PetitionNotAccepted;
import org.fengqiao.events.petition.v1.PetitionReReviewDecided;
import org.fengqiao.events.petition.v1.PetitionReReviewRequested;
import org.fengqiao.events.petition.v1.PetitionRegistered;
import org.fengqiao.events.petition.v1.PetitionReopened;
import org.fengqiao.events.petition.v1.PetitionReplied;
import org.fengqiao.events.petition.v1.PetitionResumed;
import org.fengqiao.events.petition.v1.PetitionReturned;
import org.fengqiao.events.petition.v1.PetitionReviewDecided;
import org.fengqiao.events.petition.v1.PetitionReviewRequested;
import org.fengqiao.events.petition.v1.PetitionSupervisionIssued;
import org.fengqiao.events.petition.v1.PetitionSuspended;
import org.fengqiao.events.petition.v1.PetitionTerminated;
import org.fengqiao.platform.calendar.ClockStop;
import org.fengqiao.platform.calendar.WorkCalendar;
import org.fengqiao.platform.messaging.OutboxEvent;
import org.fengqiao.platform.web.ConflictException;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * 信访事项: a petition and its state machine. Every change checks the current state (an illegal one is a
 * {@link ConflictException}, leaving the petition untouched), records a timeline entry and appends exactly one
 * event to the outbox, all saved in one document write. {@code dueStage}/{@code dueAt} mirror the running
 * statutory deadline so lists and the overdue view can query it.
 */
@Document(Petition.COLLECTION)
class Petition {

    static final String COLLECTION = "petitions";
    private static final PetitionState[] IN_HANDLING = {PetitionState.accepted, PetitionState.assigned,
            PetitionState.returned, PetitionState.escalated, PetitionState.reopened};

    @Id
    private String id;
    @Version
    private Long version;
    private String number;
    private Channel channel;
    private Instant registeredAt;
    private String registeredBy;
    private String registeredByName;
    private String registeringUnit;
    private String batchNumber;
    private int headCount;
    private List<StoredPetitioner> petitioners;
    private List<String> petitionerHashes;
    private List<String> phoneHashes;
    private String content;
    private String category;
    private Purpose purpose;
    private Place place;
    private List<Attachment> attachments;
    private Flags flags;
    private String sourceRef;
    private String homeTier;
    private PetitionState state;
    private Unit holder;
    private List<String> coHandlingUnits = new ArrayList<>();
    private List<Hop> hops = new ArrayList<>();
    private Instant acceptDueAt;
    private Instant acceptedAt;
    private NotAcceptedReason notAcceptedReason;
    private String forwardedTo;
    private Instant replyDueAt;
    private Instant reopenedAt;
    private int reopenCount;
    private List<ClockStop> clockStops = new ArrayList<>();
    private PetitionState suspendedFrom;
    private Extension extension;
    private Reply reply;
    private Instant reviewRequestDueAt;
    private Review review;
    private Review reReview;
    private List<Supervision> supervisions = new ArrayList<>();
    private OwningLeader owner;
    private Instant endedAt;
    private String dueStage;
    private Instant dueAt;
    private List<TimelineEntry> timeline = new ArrayList<>();
    private List<OutboxEvent> outbox = new ArrayList<>();

    Petition() {
    }

    /** 登记: a new petition held by the registering unit (首问), its acceptance clock running. */
    static Petition register(String id, String number, NewPetition matter, Flags flags, Actor by, Instant now,
                             PetitionDeadlines deadlines) {
        Petition petition = new Petition();
        petition.id = id;
        petition.number = number;
        petition.channel = matter.channel();
        petition.registeredAt = now;
        petition.registeredBy = by.subject();
        petition.registeredByName = by.name();
        petition.registeringUnit = by.unit();
        petition.batchNumber = matter.batchNumber();
        petition.headCount = matter.headCount();
        petition.petitioners = List.copyOf(matter.petitioners());
        petition.petitionerHashes = matter.petitioners().stream().map(StoredPetitioner::idHash)
                .filter(hash -> hash != null).toList();
        petition.phoneHashes = matter.petitioners().stream().map(StoredPetitioner::phoneHash)
                .filter(hash -> hash != null).distinct().toList();
        petition.content = matter.content();
        petition.category = matter.category();
        petition.purpose = matter.purpose();
        petition.place = matter.place();
        petition.attachments = List.copyOf(matter.attachments());
        petition.flags = flags;
        petition.sourceRef = matter.sourceRef();
        petition.homeTier = homeTierOf(matter.place().jurisdiction());
        petition.state = PetitionState.registered;
        petition.holder = new Unit(by.unit(), null);
        petition.acceptDueAt = deadlines.acceptDueAt(now);
        petition.timeline.add(new TimelineEntry(now, by.subject(), by.name(), "registered", null,
                PetitionState.registered, flags.diversionAdvice()));
        petition.refreshDue();
        StoredPetitioner first = petition.firstPetitioner();
        petition.publish(new PetitionRegistered(id, number, petition.state.name(), petition.holderCode(),
                petition.jurisdiction(), now, matter.channel().name(), now, by.unit(), matter.category(),
                matter.purpose().name(), summaryOf(matter.content()), petition.homeTier, flags.collective(),
                matter.headCount(), matter.batchNumber(), flags.skipLevel(), flags.repeat(), flags.repeatOf(),
                flags.firstPetition(), flags.litigationRelated(), flags.afterTermination(),
                matter.petitioners().size(), first == null ? null : first.name(), first == null ? null : first.phone(),
                petition.acceptDueAt, matter.sourceRef(), by.subject()), now);
        return petition;
    }

    /** 受理: the reply time limit starts now. A matter already terminated after 复核 cannot be accepted. */
    void accept(String note, PetitionDeadlines deadlines, Actor by, Instant now) {
        require("受理", PetitionState.registered);
        if (flags.afterTermination()) {
            throw new ConflictException("同一信访人就同一事项已复核终结，不能受理，请作不予受理（terminated）处理");
        }
        acceptedAt = now;
        replyDueAt = deadlines.replyDueAt(now, 0, List.of()).orElseThrow();
        moveTo(PetitionState.accepted, "accepted", by, now, note);
        StoredPetitioner first = firstPetitioner();
        publish(new PetitionAccepted(id, number, state.name(), holderCode(), jurisdiction(), now, acceptDueAt,
                !now.isAfter(acceptDueAt), replyDueAt, note, nameOf(first), phoneOf(first), by.subject()), now);
    }

    /** 不予受理: with its statutory reason; the case ends. */
    void notAccept(NotAcceptedReason reason, String note, Actor by, Instant now) {
        require("作不予受理", PetitionState.registered);
        notAcceptedReason = reason;
        String text = note == null || note.isBlank() ? reason.text() : note;
        holder = null;
        endedAt = now;
        moveTo(PetitionState.not_accepted, "not-accepted", by, now, text);
        StoredPetitioner first = firstPetitioner();
        publish(new PetitionNotAccepted(id, number, state.name(), null, jurisdiction(), now, reason.name(), text,
                acceptDueAt, !now.isAfter(acceptDueAt), nameOf(first), phoneOf(first), by.subject()), now);
    }

    /** 转送: to the competent body; the case ends here. */
    void forward(String to, String reason, Actor by, Instant now) {
        require("转送", PetitionState.registered);
        forwardedTo = to;
        holder = null;
        endedAt = now;
        moveTo(PetitionState.forwarded, "forwarded", by, now, "转送" + to + "：" + reason);
        StoredPetitioner first = firstPetitioner();
        publish(new PetitionForwarded(id, number, state.name(), null, jurisdiction(), now, to, reason, acceptDueAt,
                !now.isAfter(acceptDueAt), nameOf(first), phoneOf(first), by.subject()), now);
    }

    /** 交办: the holder hands it to a unit below it, naming co-handling units. */
    void assign(Unit to, List<Unit> coHandling, String note, Actor by, Instant now) {
        require("交办", IN_HANDLING);
        if (to.equals(holder)) {
            throw new ConflictException("信访事项已由 " + to.code() + " 承办，无需交办");
        }
        Unit from = holder;
        holder = to;
        coHandlingUnits = coHandling.stream().map(Unit::code).toList();
        hops.add(new Hop(now, "assigned", from.code(), to.code(), by.subject(), note));
        moveTo(PetitionState.assigned, "assigned", by, now, note);
        publish(new PetitionAssigned(id, number, state.name(), holderCode(), jurisdiction(), now, from.code(),
                to.jurisdiction(), coHandlingUnits, replyDueAt, note, by.subject()), now);
    }

    /** 退回: back to the unit that assigned it. */
    void returnToAssigner(String reason, Actor by, Instant now) {
        require("退回", PetitionState.assigned);
        Unit from = holder;
        Unit back = null;
        for (int i = hops.size() - 1; i >= 0 && back == null; i--) {
            Hop hop = hops.get(i);
            if (hop.kind().equals("assigned") && hop.to().equals(from.code())) {
                back = Unit.of(hop.from());
            }
        }
        if (back == null) {
            throw new ConflictException("找不到交办单位，不能退回");
        }
        holder = back;
        hops.add(new Hop(now, "returned", from.code(), back.code(), by.subject(), reason));
        moveTo(PetitionState.returned, "returned", by, now, reason);
        publish(new PetitionReturned(id, number, state.name(), holderCode(), jurisdiction(), now, from.code(),
                back.jurisdiction(), reason, by.subject()), now);
    }

    /** 上报: to the tier above the holder. */
    void escalate(String reason, Actor by, Instant now) {
        require("上报", IN_HANDLING);
        Unit from = holder;
        Unit upper = from.upper().orElseThrow(() -> new ConflictException("县级为本系统最高层级，不能再上报"));
        holder = upper;
        hops.add(new Hop(now, "escalated", from.code(), upper.code(), by.subject(), reason));
        moveTo(PetitionState.escalated, "escalated", by, now, reason);
        publish(new PetitionEscalated(id, number, state.name(), holderCode(), jurisdiction(), now, from.code(),
                upper.jurisdiction(), reason, by.subject()), now);
    }

    /** 延期申请: once per petition, before the reply deadline, at most the configured days. */
    void requestExtension(int days, String reason, PetitionDeadlines deadlines, Actor by, Instant now) {
        require("申请延期", IN_HANDLING);
        if (extension != null) {
            throw new ConflictException("每件信访事项只能申请一次延期，已于 " + extension.requestedAt() + " 申请过");
        }
        if (days > deadlines.maxExtensionDays()) {
            throw new InvalidPetitionInput("延期不得超过 " + deadlines.maxExtensionDays() + " 日");
        }
        if (now.isAfter(replyDueAt)) {
            throw new ConflictException("已超过答复期限，不能再申请延期");
        }
        extension = new Extension(days, reason, now, by.subject(), null, null, null, null);
        timeline.add(new TimelineEntry(now, by.subject(), by.name(), "extension-requested", state, state,
                "申请延期" + days + "日：" + reason));
        publish(new PetitionExtensionRequested(id, number, state.name(), holderCode(), jurisdiction(), now, days,
                reason, replyDueAt, by.subject()), now);
    }

    /** 延期审批 by the county supervisor: an approval pushes the reply deadline. */
    void decideExtension(boolean approved, String note, PetitionDeadlines deadlines, Actor by, Instant now) {
        if (extension == null || extension.approved() != null) {
            throw new ConflictException("没有待审批的延期申请");
        }
        require("审批延期", IN_HANDLING);
        Instant previous = replyDueAt;
        extension = extension.decided(approved, now, by.subject(), note);
        if (approved) {
            replyDueAt = deadlines.replyDueAt(replyClockStart(), extension.days(), clockStops).orElseThrow();
        }
        timeline.add(new TimelineEntry(now, by.subject(), by.name(), "extension-decided", state, state,
                (approved ? "同意延期" : "不同意延期") + (note == null ? "" : "：" + note)));
        refreshDue();
        StoredPetitioner first = firstPetitioner();
        publish(new PetitionExtensionDecided(id, number, state.name(), holderCode(), jurisdiction(), now, approved,
                extension.days(), note, previous, replyDueAt, nameOf(first), phoneOf(first), by.subject()), now);
    }

    /** 中止: the clock stops until resumption. */
    void suspend(String reason, Actor by, Instant now) {
        require("中止", IN_HANDLING);
        Instant dueWhenStopped = replyDueAt;
        suspendedFrom = state;
        clockStops.add(ClockStop.since(now));
        // While the clock stands still there is no deadline; resumption computes the pushed one.
        replyDueAt = null;
        moveTo(PetitionState.suspended, "suspended", by, now, reason);
        publish(new PetitionSuspended(id, number, state.name(), holderCode(), jurisdiction(), now, reason,
                dueWhenStopped, by.subject()), now);
    }

    /** 恢复: back where it was, the deadline pushed by the days stopped. */
    void resume(String note, PetitionDeadlines deadlines, Actor by, Instant now) {
        require("恢复办理", PetitionState.suspended);
        ClockStop open = clockStops.remove(clockStops.size() - 1);
        clockStops.add(new ClockStop(open.from(), now));
        int stoppedDays = (int) ChronoUnit.DAYS.between(WorkCalendar.dateOf(open.from()), WorkCalendar.dateOf(now));
        replyDueAt = deadlines.replyDueAt(replyClockStart(), grantedExtensionDays(), clockStops).orElseThrow();
        PetitionState back = suspendedFrom;
        suspendedFrom = null;
        moveTo(back, "resumed", by, now, note);
        publish(new PetitionResumed(id, number, state.name(), holderCode(), jurisdiction(), now, stoppedDays,
                replyDueAt, note, by.subject()), now);
    }

    /** 答复: the holder's written reply; 复查 may be requested within the review-request window. */
    void reply(Disposition disposition, String text, LocalDate resolveBy, PetitionDeadlines deadlines, Actor by,
               Instant now) {
        require("答复", IN_HANDLING);
        if (disposition == Disposition.explained_later && resolveBy == null) {
            throw new InvalidPetitionInput("暂不能解决的须明确解决时间（resolveBy）");
        }
        if (extension != null && extension.approved() == null) {
            extension = extension.decided(false, now, by.subject(), "已答复，延期申请失效");
        }
        boolean onTime = !now.isAfter(replyDueAt);
        reply = new Reply(disposition, text, resolveBy, now, holderCode(), by.subject(), onTime);
        reviewRequestDueAt = deadlines.reviewRequestDueAt(now);
        moveTo(PetitionState.replied, "replied", by, now, text);
        StoredPetitioner first = firstPetitioner();
        publish(new PetitionReplied(id, number, state.name(), holderCode(), jurisdiction(), now, holder.jurisdiction(),
                disposition.name(), summaryOf(text), resolveBy, replyDueAt, onTime, reviewRequestDueAt,
                nameOf(first), phoneOf(first), by.subject()), now);
    }

    /**
     * 重办 after a substantive 不满意 at the return visit: back to the unit that replied, with a fresh reply time
     * limit from now (an extension or clock stop of the earlier round no longer counts).
     */
    void reopen(String returnVisitId, String reason, PetitionDeadlines deadlines, Actor by, Instant now) {
        require("重办", PetitionState.replied);
        holder = Unit.of(reply.unit());
        reopenedAt = now;
        reopenCount++;
        replyDueAt = deadlines.replyDueAt(now, 0, List.of()).orElseThrow();
        reviewRequestDueAt = null;
        moveTo(PetitionState.reopened, "reopened", by, now, reason);
        publish(new PetitionReopened(id, number, state.name(), holderCode(), jurisdiction(), now, returnVisitId, reason,
                replyDueAt, by.subject()), now);
    }

    /** 复查申请: only within the window after the reply; the tier above the replying unit decides. */
    void requestReview(String reason, PetitionDeadlines deadlines, Actor by, Instant now) {
        require("申请复查", PetitionState.replied);
        if (now.isAfter(reviewRequestDueAt)) {
            throw new ConflictException("复查申请已超过期限（答复之日起30日内，截至 " + dayOf(reviewRequestDueAt)
                    + "），不予受理");
        }
        Unit reviewing = Unit.of(reply.unit()).upper().orElse(new Unit(reply.unit(), null));
        review = new Review(now, reason, reviewing.code(), deadlines.reviewDecisionDueAt(now), null, null, null, null);
        holder = reviewing;
        moveTo(PetitionState.review_requested, "review-requested", by, now, reason);
        publish(new PetitionReviewRequested(id, number, state.name(), holderCode(), jurisdiction(), now, reason,
                reviewing.jurisdiction(), review.decisionDueAt(), by.subject()), now);
    }

    /** 复查意见. */
    void decideReview(ReviewOutcome outcome, String opinion, PetitionDeadlines deadlines, Actor by, Instant now) {
        require("作出复查意见", PetitionState.review_requested);
        review = review.decided(outcome, opinion, now, by.subject());
        reviewRequestDueAt = deadlines.reviewRequestDueAt(now);
        moveTo(PetitionState.review_decided, "review-decided", by, now, opinion);
        StoredPetitioner first = firstPetitioner();
        publish(new PetitionReviewDecided(id, number, state.name(), holderCode(), jurisdiction(), now, outcome.name(),
                opinion, review.decisionDueAt(), !now.isAfter(review.decisionDueAt()), reviewRequestDueAt,
                nameOf(first), phoneOf(first), by.subject()), now);
    }

    /** 复核申请: only within the window after the review decision. */
    void requestReReview(String reason, PetitionDeadlines deadlines, Actor by, Instant now) {
        require("申请复核", PetitionState.review_decided);
        if (now.isAfter(reviewRequestDueAt)) {
            throw new ConflictException("复核申请已超过期限（收到复查意见之日起30日内，截至 " + dayOf(reviewRequestDueAt)
                    + "），不予受理");
        }
        Unit reviewing = Unit.of(review.reviewingUnit()).upper().orElse(Unit.of(review.reviewingUnit()));
        reReview = new Review(now, reason, reviewing.code(), deadlines.reviewDecisionDueAt(now), null, null, null,
                null);
        holder = reviewing;
        moveTo(PetitionState.re_review_requested, "re-review-requested", by, now, reason);
        publish(new PetitionReReviewRequested(id, number, state.name(), holderCode(), jurisdiction(), now, reason,
                reviewing.jurisdiction(), reReview.decisionDueAt(), by.subject()), now);
    }

    /** 复核意见: final; the case is terminated next. */
    void decideReReview(ReviewOutcome outcome, String opinion, Actor by, Instant now) {
        require("作出复核意见", PetitionState.re_review_requested);
        reReview = reReview.decided(outcome, opinion, now, by.subject());
        moveTo(PetitionState.re_review_decided, "re-review-decided", by, now, opinion);
        StoredPetitioner first = firstPetitioner();
        publish(new PetitionReReviewDecided(id, number, state.name(), holderCode(), jurisdiction(), now,
                outcome.name(), opinion, reReview.decisionDueAt(), !now.isAfter(reReview.decisionDueAt()),
                nameOf(first), phoneOf(first), by.subject()), now);
    }

    /** 终结: after 复核 the matter is final. */
    void terminate(String note, Actor by, Instant now) {
        require("终结", PetitionState.re_review_decided);
        holder = null;
        endedAt = now;
        moveTo(PetitionState.terminated, "terminated", by, now, note);
        publish(new PetitionTerminated(id, number, state.name(), null, jurisdiction(), now, note, by.subject()), now);
    }

    /** 办结: after the reply, or after the review decision. */
    void close(String note, Actor by, Instant now) {
        require("办结", PetitionState.replied, PetitionState.review_decided);
        holder = null;
        endedAt = now;
        moveTo(PetitionState.closed, "closed", by, now, note);
        publish(new PetitionClosed(id, number, state.name(), null, jurisdiction(), now, reply.disposition().name(),
                reply.at(), replyDueAt, reply.onTime(), note, by.subject()), now);
    }

    /** 督办: the holder must respond by the date. */
    void supervise(LocalDate responseDueAt, String reason, Actor by, Instant now) {
        if (holder == null || !(state.inHandling() || state == PetitionState.registered
                || state == PetitionState.suspended || state == PetitionState.review_requested
                || state == PetitionState.re_review_requested)) {
            throw new ConflictException("信访事项当前状态为「" + state.label() + "」，无需督办");
        }
        if (!responseDueAt.isAfter(WorkCalendar.dateOf(now))) {
            throw new InvalidPetitionInput("督办回复日期应晚于今天");
        }
        supervisions.add(new Supervision(now, by.subject(), holderCode(), responseDueAt, reason));
        timeline.add(new TimelineEntry(now, by.subject(), by.name(), "supervision-issued", state, state,
                "督办 " + holderCode() + "，" + responseDueAt + " 前回复：" + reason));
        publish(new PetitionSupervisionIssued(id, number, state.name(), holderCode(), jurisdiction(), now,
                holderCode(), holder.jurisdiction(), responseDueAt, reason, by.subject()), now);
    }

    /** 办理进展: a note of the holding unit's progress, in the timeline; the state does not change. */
    void addNote(String note, Actor by, Instant now) {
        requireOpen("记录办理进展");
        timeline.add(new TimelineEntry(now, by.subject(), by.name(), "note", state, state, note));
    }

    /** 包案: names the leader who owns the case (replacing an earlier one). */
    void assignOwner(String name, String unit, Actor by, Instant now) {
        requireOpen("确定包案领导");
        if (owner != null && owner.name().equals(name) && owner.unit().equals(unit)) {
            throw new ConflictException("包案领导已是 " + name + "（" + unit + "）");
        }
        String previous = owner == null ? "" : "（原包案领导 " + owner.name() + "）";
        owner = new OwningLeader(name, unit, now, by.subject());
        timeline.add(new TimelineEntry(now, by.subject(), by.name(), "owner-assigned", state, state,
                "包案领导：" + name + "（" + unit + "）" + previous));
    }

    /** The deadlines running now, by stage ({@code accept}, {@code reply}, {@code review}, {@code re-review}, {@code supervision}). */
    Map<String, Instant> runningDeadlines() {
        Map<String, Instant> running = new LinkedHashMap<>();
        if (state == PetitionState.registered) {
            running.put("accept", acceptDueAt);
        } else if (state.inHandling() && replyDueAt != null) {
            running.put("reply", replyDueAt);
        } else if (state == PetitionState.review_requested) {
            running.put("review", review.decisionDueAt());
        } else if (state == PetitionState.re_review_requested) {
            running.put("re-review", reReview.decisionDueAt());
        }
        if (holder != null && !supervisions.isEmpty() && state != PetitionState.replied
                && state != PetitionState.review_decided && state != PetitionState.re_review_decided) {
            Supervision latest = supervisions.get(supervisions.size() - 1);
            running.put("supervision", PetitionDeadlines.endOf(latest.responseDueAt()));
        }
        return running;
    }

    private void requireOpen(String action) {
        if (holder == null) {
            throw new ConflictException("信访事项当前状态为「" + state.label() + "」，已办理终结，不能" + action);
        }
    }

    private void require(String action, PetitionState... allowed) {
        if (!Arrays.asList(allowed).contains(state)) {
            throw new ConflictException("信访事项当前状态为「" + state.label() + "」，不能" + action);
        }
    }

    private void moveTo(PetitionState next, String action, Actor by, Instant now, String note) {
        timeline.add(new TimelineEntry(now, by.subject(), by.name(), action, state, next, note));
        state = next;
        refreshDue();
    }

    private void refreshDue() {
        Map<String, Instant> running = runningDeadlines();
        running.remove("supervision");
        dueStage = running.keySet().stream().findFirst().orElse(null);
        dueAt = dueStage == null ? null : running.get(dueStage);
    }

    private void publish(Object payload, Instant now) {
        outbox.add(OutboxEvent.of(payload, id, jurisdiction(), now));
    }

    private int grantedExtensionDays() {
        return extension != null && Boolean.TRUE.equals(extension.approved())
                && !extension.decidedAt().isBefore(replyClockStart()) ? extension.days() : 0;
    }

    /** Where the reply time limit runs from: acceptance, or the latest 重办. */
    private Instant replyClockStart() {
        return reopenedAt != null ? reopenedAt : acceptedAt;
    }

    private StoredPetitioner firstPetitioner() {
        return petitioners == null || petitioners.isEmpty() ? null : petitioners.get(0);
    }

    private static String nameOf(StoredPetitioner petitioner) {
        return petitioner == null ? null : petitioner.name();
    }

    private static String phoneOf(StoredPetitioner petitioner) {
        return petitioner == null ? null : petitioner.phone();
    }

    private static LocalDate dayOf(Instant instant) {
        return WorkCalendar.dateOf(instant);
    }

    static String summaryOf(String text) {
        return text == null || text.length() <= 60 ? text : text.substring(0, 60) + "…";
    }

    /** The tier that owns a place: its code's tier ({@code county}, {@code township}, {@code village}; grids count as villages). */
    static String homeTierOf(String placeCode) {
        return switch (placeCode.length()) {
            case 6 -> "county";
            case 9 -> "township";
            default -> "village";
        };
    }

    String holderCode() {
        return holder == null ? null : holder.code();
    }

    String jurisdiction() {
        return place.jurisdiction();
    }

    String id() { return id; }
    Long version() { return version; }
    String number() { return number; }
    Channel channel() { return channel; }
    Instant registeredAt() { return registeredAt; }
    String registeredBy() { return registeredBy; }
    String registeredByName() { return registeredByName; }
    String registeringUnit() { return registeringUnit; }
    String batchNumber() { return batchNumber; }
    int headCount() { return headCount; }
    List<StoredPetitioner> petitioners() { return petitioners == null ? List.of() : petitioners; }
    String content() { return content; }
    String category() { return category; }
    Purpose purpose() { return purpose; }
    Place place() { return place; }
    List<Attachment> attachments() { return attachments == null ? List.of() : attachments; }
    Flags flags() { return flags; }
    String sourceRef() { return sourceRef; }
    String homeTier() { return homeTier; }
    PetitionState state() { return state; }
    Unit holder() { return holder; }
    List<String> coHandlingUnits() { return List.copyOf(coHandlingUnits); }
    List<Hop> hops() { return List.copyOf(hops); }
    Instant acceptDueAt() { return acceptDueAt; }
    Instant acceptedAt() { return acceptedAt; }
    NotAcceptedReason notAcceptedReason() { return notAcceptedReason; }
    String forwardedTo() { return forwardedTo; }
    Instant replyDueAt() { return replyDueAt; }
    Instant reopenedAt() { return reopenedAt; }
    int reopenCount() { return reopenCount; }
    List<ClockStop> clockStops() { return List.copyOf(clockStops); }
    Extension extension() { return extension; }
    Reply reply() { return reply; }
    Instant reviewRequestDueAt() { return reviewRequestDueAt; }
    Review review() { return review; }
    Review reReview() { return reReview; }
    List<Supervision> supervisions() { return supervisions == null ? List.of() : List.copyOf(supervisions); }
    OwningLeader owner() { return owner; }
    String dueStage() { return dueStage; }
    Instant dueAt() { return dueAt; }
    List<TimelineEntry> timeline() { return List.copyOf(timeline); }
    List<OutboxEvent> outbox() { return List.copyOf(outbox); }
}
