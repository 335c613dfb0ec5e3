package org.fengqiao.notification.sms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;

class NoticeTemplateTest {

    @Test
    void rendersEveryVariable() {
        assertThat(NoticeTemplates.ACCEPTANCE.render(Map.of("callerName", "张三", "orderNumber", "ZJ-2026-0001")))
                .isEqualTo("【枫桥信访】张三您好，您反映的诉求已受理（工单号ZJ-2026-0001），我们将在规定时限内办理并答复您。");
    }

    @Test
    void neverRendersHalfFilled() {
        assertThatThrownBy(() -> NoticeTemplates.REPLY.render(Map.of("callerName", "张三")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("orderNumber");
    }

    @Test
    void aValueLooksLikeAVariableOrRegexIsKeptAsIs() {
        assertThat(new NoticeTemplate("t", 1, "${a}!").render(Map.of("a", "$1 ${b}"))).isEqualTo("$1 ${b}!");
    }
}
