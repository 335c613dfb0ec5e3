package org.fengqiao.notification.sms;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;

/** SMS notices exist only where there is somewhere to send them: a provider URL or the simulator. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@ConditionalOnExpression("'${fengqiao.notification.sms.simulator.enabled:false}' == 'true'"
        + " or !'${fengqiao.notification.sms.provider-url:}'.isBlank()")
@interface SmsChannelConfigured {
}
