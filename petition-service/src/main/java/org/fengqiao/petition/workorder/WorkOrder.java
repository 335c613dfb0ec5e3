package org.fengqiao.petition.workorder;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.fengqiao.events.petition.v1.WorkOrderClaimed;
import org.fengqiao.events.petition.v1.WorkOrderClosed;
import org.fengqiao.events.petition.v1.WorkOrderDispatched;
import org.fengqiao.events.petition.v1.WorkOrderExtensionDecided;
import org.fengqiao.events.petition.v1.WorkOrderExtensionRequested;
import org.fengqiao.events.petition.v1.WorkOrderReassigned;
import org.fengqiao.events.petition.v1.WorkOrderReceived;
import org.fengqiao.events.petition.v1.WorkOrderReopened;
import org.fengqiao.events.petition.v1.WorkOrderReplied;
import org.fengqiao.events.petition.v1.WorkOrderReturned;
import org.fengqiao.events.petition.v1.WorkOrderReviewed;
import org.fengqiao.platform.messaging.OutboxEvent;
import org.fengqiao.platform.web.ConflictException;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * 工单: a 12345 work order and its state machine. Every change checks the current state (an illegal one is a
 * {@link ConflictException}, leaving the order untouched), records a timeline entry and appends exactly one
 * event to the outbox, all saved in one document write.
 */
@Document(WorkOrder.COLLECTION)
class WorkOrder {

    static final String COLLECTION = "work_orders";
    private static final WorkOrderState[] REOPENABLE = {WorkOrderState.reviewed, WorkOrderState.closed};

    @Id
    private final String id;
    @Version
    private Long version;
    private final String orderNumber;
    private final Caller caller;
    private final String content;
    private final WorkOrderCategory category;
    private final Urgency urgency;
    private final String address;
    private final String jurisdiction;
    private final Instant receivedAt;
    private final String receivedBy;
    private WorkOrderState state;
    private Unit holder;
    private Unit previousHolder;
    private Instant dueAt;
    private PendingExtension pendingExtension;
    private String reply;
    private int reopenCount;
    private final List<TimelineEntry> timeline;
    private final List<OutboxEvent> outbox;

    @PersistenceCreator
    WorkOrder(String id, Long version, String orderNumber, Caller caller, String content, WorkOrderCategory category,
              Urgency urgency, String address, String jurisdiction, Instant receivedAt, String receivedBy,
              WorkOrderState state, Unit holder, Unit previousHolder, Instant dueAt, PendingExtension pendingExtension,
              String reply, int reopenCount, List<TimelineEntry> timeline, List<OutboxEvent> outbox) {
        this.id = id;
        this.version = version;
        this.orderNumber = orderNumber;
        this.caller = caller;
        this.content = content;
        this.category = category;
        this.urgency = urgency;
        this.address = address;
        this.jurisdiction = jurisdiction;
        this.receivedAt = receivedAt;
        this.receivedBy = receivedBy;
        this.state = state;
        this.holder = holder;
        this.previousHolder = previousHolder;
        this.dueAt = dueAt;
        this.pendingExtension = pendingExtension;
        this.reply = reply;
        this.reopenCount = reopenCount;
        this.timeline = timeline == null ? new ArrayList<>() : new ArrayList<>(timeline);
        this.outbox = outbox == null ? new ArrayList<>() : new ArrayList<>(outbox);
    }

    /** 受理: a new order as pushed by the hotline, with its {@code work-order.received} event pending. */
    static WorkOrder receive(String id, ReceiveWorkOrderRequest request, String jurisdiction, Actor receivedBy,
                             Instant now) {
        Caller caller = new Caller(request.callerName(), request.callerPhone());
        WorkOrder order = new WorkOrder(id, null, request.orderNumber(), caller, request.content(), request.category(),
                request.urgency(), request.address(), jurisdiction, now, receivedBy.subject(), WorkOrderState.received,
                null, null, null, null, null, 0, List.of(), List.of());
        order.timeline.add(new TimelineEntry(now, receivedBy.subject(), receivedBy.name(), "received", null,
                WorkOrderState.received, null));
        order.publish(new WorkOrderReceived(id, request.orderNumber(), caller.name(), caller.phone(),
                request.content(), request.category().name(), request.urgency().name(), request.address(),
                jurisdiction, now), now);
        return order;
    }

    /** 派单: to a unit inside the order's county; its time limit starts now. */
    void dispatch(Unit to, String note, WorkOrderDeadlines deadlines, Actor by, Instant now) {
        require("派单", WorkOrderState.received);
        holder = to;
        dueAt = deadlines.dueAt(category, now);
        moveTo(WorkOrderState.dispatched, "dispatched", by, now, note);
        publish(new WorkOrderDispatched(id, orderNumber, state.name(), holderCode(), jurisdiction, now,
                category.name(), dueAt, note, by.subject()), now);
    }

    /** 退单: the holder sends it back to the dispatcher before claiming it. */
    void returnToDispatcher(String reason, Actor by, Instant now) {
        require("退单", WorkOrderState.dispatched);
        previousHolder = holder;
        holder = null;
        dueAt = null;
        moveTo(WorkOrderState.returned, "returned", by, now, reason);
        publish(new WorkOrderReturned(id, orderNumber, state.name(), null, jurisdiction, now, previousHolder.code(),
                reason, by.subject()), now);
    }

    /** 改派: to another unit, which gets the full time limit from now. */
    void reassign(Unit to, String note, WorkOrderDeadlines deadlines, Actor by, Instant now) {
        require("改派", WorkOrderState.dispatched, WorkOrderState.returned);
        if (to.equals(holder)) {
            throw new ConflictException("工单已由 " + to.code() + " 承办，无需改派");
        }
        if (holder != null) {
            previousHolder = holder;
        }
        holder = to;
        dueAt = deadlines.dueAt(category, now);
        moveTo(WorkOrderState.dispatched, "reassigned", by, now, note);
        publish(new WorkOrderReassigned(id, orderNumber, state.name(), holderCode(), jurisdiction, now,
                previousHolder == null ? null : previousHolder.code(), dueAt, note, by.subject()), now);
    }

    /** 签收: the holder takes it on. */
    void claim(Actor by, Instant now) {
        require("签收", WorkOrderState.dispatched);
        moveTo(WorkOrderState.handling, "claimed", by, now, null);
        publish(new WorkOrderClaimed(id, orderNumber, state.name(), holderCode(), jurisdiction, now, dueAt,
                by.subject()), now);
    }

    /** 延期申请: only while handling, before the deadline, one request at a time. */
    void requestExtension(int workingDays, String reason, Actor by, Instant now) {
        require("申请延期", WorkOrderState.handling);
        if (pendingExtension != null) {
            throw new ConflictException("已有待审批的延期申请，请等待调度员审批");
        }
        if (!now.isBefore(dueAt)) {
            throw new ConflictException("已超过办理期限，不能再申请延期");
        }
        pendingExtension = new PendingExtension(workingDays, reason, now, by.subject());
        moveTo(WorkOrderState.handling, "extension-requested", by, now, "申请延期" + workingDays + "个工作日：" + reason);
        publish(new WorkOrderExtensionRequested(id, orderNumber, state.name(), holderCode(), jurisdiction, now,
                workingDays, reason, dueAt, by.subject()), now);
    }

    /** 延期审批: an approval pushes the deadline by the working days asked for. */
    void decideExtension(boolean approved, String note, WorkOrderDeadlines deadlines, Actor by, Instant now) {
        require("审批延期", WorkOrderState.handling);
        if (pendingExtension == null) {
            throw new ConflictException("没有待审批的延期申请");
        }
        Instant previousDueAt = dueAt;
        int workingDays = pendingExtension.workingDays();
        if (approved) {
            dueAt = deadlines.extend(dueAt, workingDays);
        }
        pendingExtension = null;
        moveTo(WorkOrderState.handling, "extension-decided", by, now,
                (approved ? "同意延期" : "不同意延期") + (note == null ? "" : "：" + note));
        publish(new WorkOrderExtensionDecided(id, orderNumber, state.name(), holderCode(), jurisdiction, now, approved,
                workingDays, note, previousDueAt, dueAt, by.subject()), now);
    }

    /** 回单: the holder reports the result; an extension request still pending lapses. */
    void reply(String text, Actor by, Instant now) {
        require("回单", WorkOrderState.handling);
        reply = text;
        pendingExtension = null;
        moveTo(WorkOrderState.replied, "replied", by, now, text);
        publish(new WorkOrderReplied(id, orderNumber, state.name(), holderCode(), jurisdiction, now, text,
                by.subject()), now);
    }

    /** 审核: approve (awaiting the return visit) or send back to the holder (handling again, same deadline). */
    void review(boolean approved, String note, Actor by, Instant now) {
        require("审核", WorkOrderState.replied);
        if (!approved && (note == null || note.isBlank())) {
            throw new InvalidWorkOrderInput("退回重办须说明理由");
        }
        moveTo(approved ? WorkOrderState.reviewed : WorkOrderState.handling, "reviewed", by, now,
                (approved ? "审核通过" : "审核退回") + (note == null ? "" : "：" + note));
        publish(new WorkOrderReviewed(id, orderNumber, state.name(), holderCode(), jurisdiction, now, approved, note,
                by.subject()), now);
    }

    /** 结案: after the return visit. */
    void close(String note, Actor by, Instant now) {
        require("结案", WorkOrderState.reviewed);
        moveTo(WorkOrderState.closed, "closed", by, now, note);
        publish(new WorkOrderClosed(id, orderNumber, state.name(), holderCode(), jurisdiction, now, note,
                by.subject()), now);
    }

    /** 重办: back to its holder with a new time limit from now. */
    void reopen(String reason, WorkOrderDeadlines deadlines, Actor by, Instant now) {
        require("重办", REOPENABLE);
        reopenCount++;
        reply = null;
        dueAt = deadlines.dueAt(category, now);
        moveTo(WorkOrderState.handling, "reopened", by, now, reason);
        publish(new WorkOrderReopened(id, orderNumber, state.name(), holderCode(), jurisdiction, now, reason, dueAt,
                by.subject()), now);
    }

    /** Whether {@link #reopen} may run now: after the review, before or after closing. */
    boolean reopenable() {
        return Arrays.asList(REOPENABLE).contains(state);
    }

    private void require(String action, WorkOrderState... allowed) {
        if (!Arrays.asList(allowed).contains(state)) {
            throw new ConflictException("工单当前状态为「" + state.label() + "」，不能" + action);
        }
    }

    private void moveTo(WorkOrderState next, String action, Actor by, Instant now, String note) {
        timeline.add(new TimelineEntry(now, by.subject(), by.name(), action, state, next, note));
        state = next;
    }

    private void publish(Object payload, Instant now) {
        outbox.add(OutboxEvent.of(payload, id, jurisdiction, now));
    }

    private String holderCode() {
        return holder == null ? null : holder.code();
    }

    String id() {
        return id;
    }

    Long version() {
        return version;
    }

    String orderNumber() {
        return orderNumber;
    }

    Caller caller() {
        return caller;
    }

    String content() {
        return content;
    }

    WorkOrderCategory category() {
        return category;
    }

    Urgency urgency() {
        return urgency;
    }

    String address() {
        return address;
    }

    String jurisdiction() {
        return jurisdiction;
    }

    WorkOrderState state() {
        return state;
    }

    Instant receivedAt() {
        return receivedAt;
    }

    String receivedBy() {
        return receivedBy;
    }

    Unit holder() {
        return holder;
    }

    Instant dueAt() {
        return dueAt;
    }

    PendingExtension pendingExtension() {
        return pendingExtension;
    }

    String reply() {
        return reply;
    }

    int reopenCount() {
        return reopenCount;
    }

    List<TimelineEntry> timeline() {
        return List.copyOf(timeline);
    }

    List<OutboxEvent> outbox() {
        return List.copyOf(outbox);
    }
}
