package org.fengqiao.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import org.fengqiao.e2e.Actor.Response;

import tools.jackson.databind.JsonNode;

/** What an actor sees outside the case itself: inbox items and the SMS the simulator received. */
final class Seen {

    private Seen() {
    }

    /** The reader's inbox items about one case (newest first, the latest 100). */
    static List<JsonNode> inboxItems(Actor reader, String caseId) {
        Response inbox = reader.get("/api/inbox?size=100");
        assertThat(inbox.status()).as(inbox.toString()).isEqualTo(200);
        return StreamSupport.stream(inbox.json().get("items").spliterator(), false)
                .filter(item -> caseId.equals(item.path("caseId").asString("")))
                .toList();
    }

    /** The texts the SMS simulator received for one phone, oldest first (read by the county admin). */
    static List<String> sms(Actor admin, String phone) {
        Response messages = admin.get("/api/notifications/sms-simulator/messages?size=50&to=" + phone);
        assertThat(messages.status()).as(messages.toString()).isEqualTo(200);
        List<String> texts = StreamSupport.stream(messages.json().spliterator(), false)
                .map(m -> m.get("text").asString())
                .collect(Collectors.toCollection(ArrayList::new));
        Collections.reverse(texts);
        return texts;
    }
}
