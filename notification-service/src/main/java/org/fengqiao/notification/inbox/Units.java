package org.fengqiao.notification.inbox;

import org.fengqiao.events.UnreadableEventException;
import org.fengqiao.platform.security.Jurisdiction;
import org.fengqiao.platform.security.Role;

/**
 * Which unit inbox acts for a unit code in an event: the county's dispatchers (also for a county department,
 * {@code 330681:zjj}, whose orders the county office tracks), a township's handlers, a village's mediators.
 */
final class Units {

    private Units() {
    }

    /** The inbox of the unit holding a case: a division code or {@code <division>:<department>}. */
    static Recipient holding(String unitCode) {
        Jurisdiction division = division(unitCode);
        return Recipient.unit(roleFor(division.tier()), division.code());
    }

    /** The inbox of the county's leaders for any division code inside it. */
    static Recipient leadersOf(String code) {
        return Recipient.unit(Role.LEADER, division(code).code().substring(0, 6));
    }

    static Role roleFor(Jurisdiction.Tier tier) {
        return switch (tier) {
            case COUNTY -> Role.DISPATCHER;
            case TOWNSHIP -> Role.HANDLER;
            case VILLAGE, GRID -> Role.MEDIATOR;
        };
    }

    static Jurisdiction division(String unitCode) {
        if (unitCode == null) {
            throw new UnreadableEventException("event without a unit code", null);
        }
        String code = unitCode.contains(":") ? unitCode.substring(0, unitCode.indexOf(':')) : unitCode;
        try {
            return Jurisdiction.of(code);
        } catch (RuntimeException e) {
            throw new UnreadableEventException("not a division code: " + unitCode, e);
        }
    }
}
