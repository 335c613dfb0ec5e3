package org.fengqiao.notification.inbox;

import org.fengqiao.platform.security.Role;

/** A unit that receives inbox items: everyone holding a role in exactly one jurisdiction. */
record Recipient(Role role, String jurisdiction) {

    String key() {
        return role.claimValue() + "@" + jurisdiction;
    }
}
