package org.fengqiao.notification.inbox;

import org.fengqiao.events.Event;
import org.fengqiao.notification.sms.LeaderSms;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Mono;

/**
 * 预警 to the leaders of a jurisdiction's county: an inbox item for their unit, plus an SMS where leader phones are
 * configured. Once per event, like every delivery.
 */
@Component
class LeaderAlerts {

    static final String KIND = "leader.alert";

    private final Inbox inbox;
    private final ObjectProvider<LeaderSms> leaderSms;

    LeaderAlerts(Inbox inbox, ObjectProvider<LeaderSms> leaderSms) {
        this.inbox = inbox;
        this.leaderSms = leaderSms;
    }

    /** Alerts with {@code title} and {@code body} in the inbox, {@code smsText} by SMS naming the case by {@code reference}. */
    Mono<Void> alert(Event<?> event, String jurisdiction, CaseKind about, String caseId, String reference,
                     String title, String body, String smsText) {
        String eventId = event.metadata().eventId().toString();
        LeaderSms sms = leaderSms.getIfAvailable();
        return inbox.deliver(eventId, Units.leadersOf(jurisdiction), about.message(caseId, KIND, title, body))
                .then(sms == null ? Mono.empty()
                        : sms.alert(eventId, event.type(), jurisdiction, about.deliveryCaseType(), caseId,
                                reference, smsText));
    }
}
