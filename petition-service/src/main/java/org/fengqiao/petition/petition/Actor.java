package org.fengqiao.petition.petition;

import org.fengqiao.platform.security.CurrentUser;

/** Who made a change: subject, display name and the unit (division code) acting. */
record Actor(String subject, String name, String unit) {

    static Actor of(CurrentUser user) {
        return new Actor(user.subject(), user.name(), user.jurisdiction().code());
    }
}
