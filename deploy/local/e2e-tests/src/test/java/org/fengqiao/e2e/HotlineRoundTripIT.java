package org.fengqiao.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.fengqiao.e2e.Actor.Response;
import org.fengqiao.e2e.HotlineReceiver.Callback;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Scenario 1, the hotline round trip: 12345 pushes a work order; the dispatcher dispatches it to 枫桥镇, which
 * returns it as not its own; the dispatcher reassigns it to 赵家镇, which claims and replies; the dispatcher approves;
 * the caller gets the rating SMS and answers 不满意 (substantive) through the link without logging in; the order is
 * redone, replied again, approved and closed. The 12345 system's own endpoint (a test HTTP server, configured as the
 * callback URL by restarting notification-service with it) receives every status change once, in order, signed.
 *
 * <p>Then scenario 6's first part: the same round trip with {@code kill -9} in the middle, of notification-service
 * right after the dispatch (callbacks and inbox items in flight) and of petition-service right after the claim (its
 * event possibly not yet on the broker). Nothing may be lost and nothing take effect twice: every inbox item and SMS
 * still arrives once, and the 12345 system, keeping the first of each {@code Idempotency-Key} as the README tells it
 * to, has every status change once and in order.
 */
@E2eStack.Uses
@Order(3)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class HotlineRoundTripIT {

    private static final String FENGQIAO = "330681101";
    private static final String ZHAOJIA = "330681102";
    private static final Pattern RATING_LINK = Pattern.compile("/api/public/ratings/[A-Za-z0-9_\\-]+");
    private static final Duration ASYNC = Duration.ofSeconds(60);

    private static HotlineReceiver hotline;

    private final E2eStack stack = E2eStack.shared();

    @BeforeAll
    static void pointTheCallbacksAtTheTestHotline() {
        String key = UUID.randomUUID().toString();
        hotline = HotlineReceiver.start(key);
        E2eStack.shared().stack().restart("notification-service",
                Map.of("HOTLINE_CALLBACK_URL", hotline.url(), "HOTLINE_SIGNING_KEY", key));
    }

    @AfterAll
    static void closeTheTestHotline() {
        // notification-service keeps the URL for the rest of the run; a closed endpoint only makes retries.
        if (hotline != null) {
            hotline.close();
        }
    }

    @Test
    @Order(1)
    void aReturnedMisroutedOrderIsRedoneAfterTheCallersRatingAndTheHotlineHearsEveryStep() {
        List<Callback> callbacks = roundTrip(step -> { });
        assertThat(callbacks.stream().map(Callback::idempotencyKey)).as("12345: each event once (idempotency keys)")
                .doesNotHaveDuplicates();
    }

    @Test
    @Order(2)
    void theRoundTripLosesNothingAndDoublesNothingWhenServicesAreKilledInTheMiddle() {
        List<Callback> callbacks = roundTrip(step -> {
            if (step.equals("dispatch")) {
                crash("notification-service");
            }
            if (step.equals("claim")) {
                crash("petition-service");
            }
        });
        long repeats = callbacks.size() - callbacks.stream().map(Callback::idempotencyKey).distinct().count();
        System.out.printf("  with kill -9 of notification-service and petition-service: %d callbacks, %d repeated "
                + "deliveries (same Idempotency-Key) for the hotline to drop%n", callbacks.size(), repeats);
    }

    /**
     * Runs the round trip, telling {@code afterStep} each action just answered; returns the callbacks the 12345
     * system received for the order, after checking their signatures and that their first deliveries are every
     * status change in order.
     */
    private List<Callback> roundTrip(Consumer<String> afterStep) {
        String orderNumber = "ZJ12345-" + LocalDate.now(ZoneId.of("Asia/Shanghai")).format(DateTimeFormatter.BASIC_ISO_DATE)
                + "-E2E" + UUID.randomUUID().toString().substring(0, 6);
        // A phone no petition in the run uses: an open petition from the caller would make the push answer 409.
        String phone = "1357700" + String.format("%04d", ThreadLocalRandom.current().nextInt(10000));
        Actor hotlineSystem = stack.actor("hotline-12345");
        Actor dispatcher = stack.actor("county-dispatcher");
        Actor fengqiao = stack.actor("handler-fengqiao");
        Actor zhaojia = stack.actor("handler-zhaojia");
        Actor admin = stack.actor("county-admin");

        Response pushed = hotlineSystem.post("/api/work-orders", """
                {"orderNumber":"%s","callerName":"赵大伯","callerPhone":"%s",
                 "content":"赵家村后山机耕路塌方，农用车无法通行，请尽快修复。","category":"help",
                 "urgency":"normal","address":"诸暨市赵家镇赵家村后山"}""".formatted(orderNumber, phone));
        assertThat(pushed.status()).as(pushed.toString()).isEqualTo(201);
        String id = pushed.json().get("id").asString();
        String order = "/api/work-orders/" + id;

        await("county-dispatcher sees the new order in the inbox").atMost(ASYNC).untilAsserted(() ->
                assertThat(titles(dispatcher, id)).contains("新工单待派单：" + orderNumber));

        expectState(step(dispatcher, order, "dispatch", """
                {"jurisdiction":"%s","note":"请按期办理"}""".formatted(FENGQIAO)), "dispatched", FENGQIAO);
        afterStep.accept("dispatch");
        await("handler-fengqiao sees the dispatched order").atMost(ASYNC).untilAsserted(() ->
                assertThat(titles(fengqiao, id)).contains("新派工单：" + orderNumber));

        expectState(step(fengqiao, order, "return", """
                {"reason":"事发地赵家村属赵家镇管辖"}"""), "returned", null);
        await("county-dispatcher sees the returned order").atMost(ASYNC).untilAsserted(() ->
                assertThat(titles(dispatcher, id)).contains("工单被退回：" + orderNumber));

        expectState(step(dispatcher, order, "reassign", """
                {"jurisdiction":"%s"}""".formatted(ZHAOJIA)), "dispatched", ZHAOJIA);
        await("handler-zhaojia sees the reassigned order").atMost(ASYNC).untilAsserted(() ->
                assertThat(titles(zhaojia, id)).contains("改派工单：" + orderNumber));
        Response fengqiaoLooks = fengqiao.get(order);
        assertThat(fengqiaoLooks.status()).as("handler-fengqiao no longer sees the order: " + fengqiaoLooks)
                .isEqualTo(404);

        expectState(step(zhaojia, order, "claim", "{}"), "handling", ZHAOJIA);
        afterStep.accept("claim");
        expectState(step(zhaojia, order, "reply", """
                {"reply":"已组织人员清理塌方并加固路基，机耕路恢复通行。"}"""), "replied", ZHAOJIA);
        expectState(step(dispatcher, order, "review", """
                {"approved":true}"""), "reviewed", null);

        String link = awaitRatingLink(admin, phone, 1);
        assertThat(ratingTexts(admin, phone).get(0)).as("the SMS link leads to this stack's gateway")
                .contains(stack.gateway() + link);
        Actor caller = stack.anonymous();
        Response page = caller.get(link);
        assertThat(page.status()).as("the caller opens the rating link: " + page).isEqualTo(200);
        assertThat(page.json().get("caseNumber").asString()).isEqualTo(orderNumber);
        assertThat(page.json().get("unit").asString()).isEqualTo(ZHAOJIA);
        assertThat(page.body()).as("the rating page never shows the caller's phone").doesNotContain(phone);
        Response rated = caller.post(link, """
                {"satisfaction":"dissatisfied","dissatisfactionKind":"substantive","comment":"雨后又塌了，没有修好"}""");
        assertThat(rated.status()).as("the caller rates 不满意: " + rated).isBetween(200, 204);
        Response again = caller.post(link, """
                {"satisfaction":"satisfied"}""");
        assertThat(again.status()).as("the used link: " + again).isEqualTo(410);

        await("the order is redone (重办) at 赵家镇 after the substantive 不满意").atMost(ASYNC).untilAsserted(() -> {
            Response redo = zhaojia.get(order);
            assertThat(redo.status()).as(redo.toString()).isEqualTo(200);
            assertThat(redo.json().get("state").asString()).as("handler-zhaojia: state " + redo).isEqualTo("handling");
        });
        expectState(step(zhaojia, order, "reply", """
                {"reply":"已浇筑混凝土挡墙并疏通排水沟，经雨后复查路面稳固。"}"""), "replied", ZHAOJIA);
        expectState(step(dispatcher, order, "review", """
                {"approved":true}"""), "reviewed", null);
        awaitRatingLink(admin, phone, 2);
        expectState(step(dispatcher, order, "close", """
                {"note":"重办后复查合格"}"""), "closed", null);

        List<String> expected = List.of("work-order.received→received", "work-order.dispatched→dispatched",
                "work-order.returned→returned", "work-order.reassigned→dispatched", "work-order.claimed→handling",
                "work-order.replied→replied", "work-order.reviewed→reviewed", "work-order.reopened→handling",
                "work-order.replied→replied", "work-order.reviewed→reviewed", "work-order.closed→closed");
        await("the 12345 system receives every status change of " + orderNumber).atMost(ASYNC)
                .untilAsserted(() -> assertThat(firstOfEachKey(callbacks(orderNumber))).hasSizeGreaterThanOrEqualTo(
                        expected.size()));
        List<Callback> callbacks = callbacks(orderNumber);
        assertThat(callbacks).as("12345: every callback is signed with the shared key")
                .allMatch(Callback::signatureValid);
        List<Callback> firsts = firstOfEachKey(callbacks);
        assertThat(firsts.stream().map(Callback::step).toList()).as("12345: the status changes once each, in order")
                .containsExactlyElementsOf(expected);
        assertThat(firsts.get(firsts.size() - 1).body().get("workOrderId").asString()).isEqualTo(id);
        assertThat(firsts.get(3).body().get("holder").asString()).isEqualTo(ZHAOJIA);
        assertThat(ratingTexts(admin, phone)).as("the caller " + phone + ": one rating SMS per approved reply")
                .hasSize(2);
        assertThat(titles(dispatcher, id)).as("county-dispatcher's inbox: each item once")
                .containsOnlyOnce("新工单待派单：" + orderNumber, "工单被退回：" + orderNumber);
        assertThat(titles(fengqiao, id)).as("handler-fengqiao's inbox").containsOnlyOnce("新派工单：" + orderNumber);
        assertThat(titles(zhaojia, id)).as("handler-zhaojia's inbox").containsOnlyOnce("改派工单：" + orderNumber);

        System.out.printf("%nScenario 1: %s → %s 退单 → %s → 不满意 重办 → closed; 12345 received %d signed callbacks; "
                + "SMS to the caller: %s%n", orderNumber, FENGQIAO, ZHAOJIA, callbacks.size(), Seen.sms(admin, phone));
        return callbacks;
    }

    /** {@code kill -9}, then started again (the launcher waits until it is ready). */
    private void crash(String component) {
        long started = System.nanoTime();
        stack.stack().kill(component);
        stack.stack().start(component);
        System.out.printf("  %s killed -9 and ready again after %d ms%n", component,
                Duration.ofNanos(System.nanoTime() - started).toMillis());
    }

    /** What a hotline acting on each Idempotency-Key once sees: the first delivery of each, in arrival order. */
    private static List<Callback> firstOfEachKey(List<Callback> callbacks) {
        Map<String, Callback> firsts = new LinkedHashMap<>();
        callbacks.forEach(callback -> firsts.putIfAbsent(callback.idempotencyKey(), callback));
        return List.copyOf(firsts.values());
    }

    private static Response step(Actor actor, String order, String action, String body) {
        Response response = actor.post(order + "/" + action, body);
        assertThat(response.status()).as(actor.name() + " " + action + ": " + response).isEqualTo(200);
        return response;
    }

    private static void expectState(Response response, String state, String holder) {
        assertThat(response.json().get("state").asString()).as(response.toString()).isEqualTo(state);
        if (holder != null) {
            assertThat(response.json().path("holder").asString("")).as(response.toString()).isEqualTo(holder);
        }
    }

    private static List<String> titles(Actor reader, String caseId) {
        return Seen.inboxItems(reader, caseId).stream().map(item -> item.get("title").asString()).toList();
    }

    /** The caller's {@code n}th rating SMS (回访评价) arrived; its link as a gateway path. */
    private static String awaitRatingLink(Actor admin, String phone, int n) {
        await("the caller " + phone + " receives rating SMS #" + n).atMost(ASYNC).untilAsserted(() ->
                assertThat(ratingTexts(admin, phone)).hasSize(n));
        Matcher link = RATING_LINK.matcher(ratingTexts(admin, phone).get(n - 1));
        assertThat(link.find()).as("the rating SMS holds the link").isTrue();
        return link.group();
    }

    private static List<String> ratingTexts(Actor admin, String phone) {
        return Seen.sms(admin, phone).stream().filter(text -> RATING_LINK.matcher(text).find()).toList();
    }

    private static List<Callback> callbacks(String orderNumber) {
        return hotline.received().stream().filter(c -> orderNumber.equals(c.orderNumber())).toList();
    }
}
