package org.fengqiao.notification.inbox;

import org.fengqiao.platform.security.CurrentUser;
import org.fengqiao.platform.security.Role;

/**
 * Who receives an inbox item: a unit (everyone holding a role in exactly one jurisdiction, key
 * {@code role@code}, e.g. {@code dispatcher@330681}) or one user (key {@code user:<subject>}).
 */
record Recipient(String key) {

    static Recipient unit(Role role, String jurisdiction) {
        return new Recipient(role.claimValue() + "@" + jurisdiction);
    }

    static Recipient user(String subject) {
        return new Recipient("user:" + subject);
    }

    static Recipient personal(CurrentUser user) {
        return user(user.subject());
    }

    boolean isUnit() {
        return !key.startsWith("user:");
    }
}
