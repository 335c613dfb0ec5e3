package org.fengqiao.notification.sms;

import java.util.List;
import java.util.Map;

import org.fengqiao.notification.delivery.CaseType;
import org.fengqiao.notification.delivery.Channel;
import org.fengqiao.notification.delivery.DeliveryQueue;
import org.fengqiao.notification.delivery.NewDelivery;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * 领导预警短信: texts an alert to the configured phones of a county's leaders
 * ({@code fengqiao.notification.sms.leader-phones.<county>}); nothing when none are configured. Alerts are urgent:
 * quiet hours are for citizens, not for leaders on duty.
 */
@Component
@SmsChannelConfigured
public class LeaderSms {

    private final SmsProperties properties;
    private final DeliveryQueue deliveries;

    LeaderSms(SmsProperties properties, DeliveryQueue deliveries) {
        this.properties = properties;
        this.deliveries = deliveries;
    }

    /**
     * One SMS per configured leader phone of the county, once per event.
     *
     * @param caseType the kind of case alerted about; {@code caseId} and {@code caseNumber} name it
     * @param what the alert in one Chinese sentence, e.g. {@code 枫源村发生4级风险纠纷：…}
     */
    public Mono<Void> alert(String eventId, String eventType, String jurisdiction, CaseType caseType, String caseId,
                            String caseNumber, String what) {
        String county = jurisdiction.substring(0, Math.min(6, jurisdiction.length()));
        List<String> phones = properties.leaderPhones().getOrDefault(county, List.of());
        NoticeTemplate template = NoticeTemplates.LEADER_ALERT;
        String text = template.render(Map.of("what", what));
        return Flux.fromIterable(phones)
                .map(String::trim)
                .filter(phone -> !phone.isEmpty())
                .concatMap(phone -> deliveries.enqueue(new NewDelivery(
                        "sms:" + eventId + ":" + phone + ":" + template.id(), Channel.SMS, phone, null, eventId,
                        eventType, caseType, caseId, caseNumber, jurisdiction, template.id(), template.version(), text,
                        true, null)))
                .then();
    }
}
