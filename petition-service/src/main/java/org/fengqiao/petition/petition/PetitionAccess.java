package org.fengqiao.petition.petition;

import org.fengqiao.platform.security.CurrentUser;
import org.fengqiao.platform.security.Jurisdiction;
import org.fengqiao.platform.web.ForbiddenException;
import org.springframework.data.mongodb.core.query.Criteria;

/**
 * Who may see and touch which petition. A user sees the petitions whose place lies in their jurisdiction, that
 * a unit inside it holds, or that a unit inside it co-handles; everything else does not exist for them (404).
 * The holder's steps need the user to be the holding unit itself (its division code), not merely above it.
 */
final class PetitionAccess {

    private PetitionAccess() {
    }

    static boolean canRead(Petition petition, CurrentUser user) {
        return manages(petition, user)
                || petition.holder() != null && user.canSee(petition.holder().division())
                || petition.coHandlingUnits().stream().anyMatch(unit -> user.canSee(Unit.of(unit).division()));
    }

    /** The place is inside the user's jurisdiction: the dispatcher's and supervisor's side. */
    static boolean manages(Petition petition, CurrentUser user) {
        return user.canSee(Jurisdiction.of(petition.jurisdiction()));
    }

    /**
     * @throws ForbiddenException when another unit holds the petition now. A petition no unit holds has ended: the
     *                            transition itself then refuses with 409, which says more than 403.
     */
    static void requireHolder(Petition petition, CurrentUser user) {
        if (petition.holder() != null && !petition.holder().jurisdiction().equals(user.jurisdiction().code())) {
            throw new ForbiddenException("该信访事项当前由 " + petition.holderCode() + " 承办，您所在单位不能办理");
        }
    }

    /** The same rule as {@link #canRead} as a query on {@code petitions}. */
    static Criteria readable(CurrentUser user) {
        // Division codes are digits only (validated in the token), so the prefix needs no escaping.
        String prefix = "^" + user.jurisdiction().code();
        return new Criteria().orOperator(Criteria.where("place.jurisdiction").regex(prefix),
                Criteria.where("holder.jurisdiction").regex(prefix),
                Criteria.where("coHandlingUnits").regex(prefix));
    }
}
