package org.fengqiao.petition.workorder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Map;

import org.fengqiao.platform.web.ConflictException;
import org.junit.jupiter.api.Test;

/** The state machine on its own: what each change allows, and that a refused change leaves the order as it was. */
class WorkOrderLifecycleTest {

    private static final Instant MONDAY = Instant.parse("2026-11-23T01:00:00Z");
    private static final Unit FENGQIAO = new Unit("330681101", null);

    private final WorkOrderDeadlines deadlines = WorkOrders.deadlines();

    @Test
    void deadlinesFollowTheCategoryInWorkingDaysAcrossHolidays() {
        // 2026-09-30 (Wed) + 3 working days: 1-7 Oct are off (国庆节), then 8, 9 and the make-up Saturday 10 Oct.
        Instant eveOfNationalDay = Instant.parse("2026-09-30T02:00:00Z");
        assertThat(deadlines.dueAt(WorkOrderCategory.help, eveOfNationalDay))
                .isEqualTo(Instant.parse("2026-10-10T15:59:59.999Z"));
        assertThat(deadlines.dueAt(WorkOrderCategory.emergency, MONDAY))
                .isEqualTo(Instant.parse("2026-11-23T15:59:59.999Z"));
        assertThat(deadlines.dueAt(WorkOrderCategory.complaint, MONDAY))
                .isEqualTo(Instant.parse("2026-12-10T15:59:59.999Z"));
    }

    @Test
    void dueSoonStartsWhenTheLastWorkingDaysBegin() {
        // Due Thursday: one working day left from the end of Wednesday.
        assertThat(deadlines.approachingAt(Instant.parse("2026-11-26T15:59:59.999Z"), 1))
                .isEqualTo(Instant.parse("2026-11-25T15:59:59.999Z"));
        // Due Monday: from the end of the Friday before.
        assertThat(deadlines.approachingAt(Instant.parse("2026-11-30T15:59:59.999Z"), 1))
                .isEqualTo(Instant.parse("2026-11-27T15:59:59.999Z"));
        // Due Thursday 8 Oct, right after the National Day holiday (1-7 Oct): from the end of Wednesday 30 Sep.
        assertThat(deadlines.approachingAt(Instant.parse("2026-10-08T15:59:59.999Z"), 1))
                .isEqualTo(Instant.parse("2026-09-30T15:59:59.999Z"));
    }

    @Test
    void configuredWorkingDaysReplaceOnlyTheirCategory() {
        WorkOrderProperties properties = new WorkOrderProperties(Map.of(WorkOrderCategory.complaint, 5), null, null, null);

        assertThat(properties.workingDays()).containsEntry(WorkOrderCategory.complaint, 5)
                .containsEntry(WorkOrderCategory.report, 13).containsEntry(WorkOrderCategory.emergency, 0);
        assertThatThrownBy(() -> new WorkOrderProperties(Map.of(WorkOrderCategory.help, -1), null, null, null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aReplyBeforeClaimingIsRefusedAndChangesNothing() {
        WorkOrder order = dispatched();
        int events = order.outbox().size();

        assertThatThrownBy(() -> order.reply("已处理", WorkOrders.FENGQIAO, MONDAY.plusSeconds(60)))
                .isInstanceOf(ConflictException.class).hasMessageContaining("已派单");

        assertThat(order.state()).isEqualTo(WorkOrderState.dispatched);
        assertThat(order.outbox()).hasSize(events);
        assertThat(order.timeline()).hasSize(2);
    }

    @Test
    void aClaimedOrderCanNoLongerBeReturned() {
        WorkOrder order = dispatched();
        order.claim(WorkOrders.FENGQIAO, MONDAY.plusSeconds(60));

        assertThatThrownBy(() -> order.returnToDispatcher("不属本镇", WorkOrders.FENGQIAO, MONDAY.plusSeconds(120)))
                .isInstanceOf(ConflictException.class);
        assertThat(order.holder()).isEqualTo(FENGQIAO);
    }

    @Test
    void anExtensionIsAskedBeforeTheDeadlineOnceAtATimeAndARejectionKeepsTheDeadline() {
        WorkOrder order = dispatched();
        order.claim(WorkOrders.FENGQIAO, MONDAY.plusSeconds(60));
        Instant due = order.dueAt();

        assertThatThrownBy(() -> order.requestExtension(2, "来不及", WorkOrders.FENGQIAO, due))
                .isInstanceOf(ConflictException.class).hasMessageContaining("期限");
        order.requestExtension(2, "配件待到货", WorkOrders.FENGQIAO, MONDAY.plusSeconds(120));
        assertThatThrownBy(() -> order.requestExtension(1, "再申请", WorkOrders.FENGQIAO, MONDAY.plusSeconds(180)))
                .isInstanceOf(ConflictException.class);
        order.decideExtension(false, "请按期办结", deadlines, WorkOrders.DISPATCHER, MONDAY.plusSeconds(240));

        assertThat(order.dueAt()).isEqualTo(due);
        assertThat(order.pendingExtension()).isNull();
        assertThatThrownBy(() -> order.decideExtension(true, null, deadlines, WorkOrders.DISPATCHER,
                MONDAY.plusSeconds(300))).isInstanceOf(ConflictException.class);
    }

    @Test
    void aReplySentBackIsHandledAgainUntilApprovedAndASendBackNeedsAReason() {
        WorkOrder order = dispatched();
        order.claim(WorkOrders.FENGQIAO, MONDAY.plusSeconds(60));
        order.reply("已处理", WorkOrders.FENGQIAO, MONDAY.plusSeconds(120));

        assertThatThrownBy(() -> order.review(false, " ", WorkOrders.DISPATCHER, MONDAY.plusSeconds(180)))
                .isInstanceOf(InvalidWorkOrderInput.class);
        order.review(false, "未说明维修时间", WorkOrders.DISPATCHER, MONDAY.plusSeconds(180));
        assertThat(order.state()).isEqualTo(WorkOrderState.handling);
        assertThatThrownBy(() -> order.close(null, WorkOrders.DISPATCHER, MONDAY.plusSeconds(200)))
                .isInstanceOf(ConflictException.class);

        order.reply("已于11月24日修复", WorkOrders.FENGQIAO, MONDAY.plusSeconds(240));
        order.review(true, null, WorkOrders.DISPATCHER, MONDAY.plusSeconds(300));
        assertThat(order.state()).isEqualTo(WorkOrderState.reviewed);
        assertThat(order.timeline()).extracting(TimelineEntry::action).containsExactly("received", "dispatched",
                "claimed", "replied", "reviewed", "replied", "reviewed");
    }

    @Test
    void reassigningToTheUnitThatHoldsItIsRefused() {
        WorkOrder order = dispatched();

        assertThatThrownBy(() -> order.reassign(FENGQIAO, null, deadlines, WorkOrders.DISPATCHER, MONDAY))
                .isInstanceOf(ConflictException.class);
    }

    private WorkOrder dispatched() {
        WorkOrder order = WorkOrder.receive("6650a1c2e4b0f3a1d2c3b4a6",
                new ReceiveWorkOrderRequest("ZJ-UNIT-1", "王秀英", "13905751234", "路灯不亮", WorkOrderCategory.help,
                        Urgency.normal, null), "330681", WorkOrders.HOTLINE, MONDAY.minusSeconds(3600));
        order.dispatch(FENGQIAO, null, deadlines, WorkOrders.DISPATCHER, MONDAY);
        return order;
    }
}
