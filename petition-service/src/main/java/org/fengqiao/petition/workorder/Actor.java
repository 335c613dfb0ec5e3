package org.fengqiao.petition.workorder;

import org.fengqiao.platform.security.CurrentUser;

/** Who made a change: the token subject and display name. */
record Actor(String subject, String name) {

    static Actor of(CurrentUser user) {
        return new Actor(user.subject(), user.name());
    }
}
