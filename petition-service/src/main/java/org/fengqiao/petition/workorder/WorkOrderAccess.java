package org.fengqiao.petition.workorder;

import org.fengqiao.platform.security.CurrentUser;
import org.fengqiao.platform.security.Jurisdiction;
import org.fengqiao.platform.security.Role;
import org.springframework.data.mongodb.core.query.Criteria;

/**
 * Who may see and touch which work order. The county (whoever's jurisdiction contains the order's) sees all of
 * its orders; a unit sees those it holds now (holder inside its jurisdiction), never another township's; the
 * hotline client sees only what it pushed. Everything else does not exist for the caller (404).
 */
final class WorkOrderAccess {

    private WorkOrderAccess() {
    }

    static boolean canRead(WorkOrder order, CurrentUser user) {
        if (onlyHotline(user)) {
            return user.subject().equals(order.receivedBy());
        }
        return canManage(order, user) || holds(order, user);
    }

    /** The dispatcher's side: the order's own jurisdiction is inside the caller's. */
    static boolean canManage(WorkOrder order, CurrentUser user) {
        return user.canSee(Jurisdiction.of(order.jurisdiction()));
    }

    /** The holder's side: the unit holding the order now is inside the caller's jurisdiction. */
    static boolean holds(WorkOrder order, CurrentUser user) {
        return order.holder() != null && user.canSee(order.holder().division());
    }

    /** The same rule as {@link #canRead} as a query on {@code work_orders}. */
    static Criteria readable(CurrentUser user) {
        if (onlyHotline(user)) {
            return Criteria.where("receivedBy").is(user.subject());
        }
        // Division codes are digits only (validated in the token), so the prefix needs no escaping.
        String prefix = "^" + user.jurisdiction().code();
        return new Criteria().orOperator(Criteria.where("jurisdiction").regex(prefix),
                Criteria.where("holder.jurisdiction").regex(prefix));
    }

    private static boolean onlyHotline(CurrentUser user) {
        return user.hasRole(Role.HOTLINE) && !user.hasAnyRole(Role.DISPATCHER, Role.HANDLER, Role.LEADER,
                Role.SUPERVISOR, Role.ADMIN);
    }
}
