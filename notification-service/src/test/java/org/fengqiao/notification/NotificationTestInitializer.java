package org.fengqiao.notification;

import java.util.Map;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Points the application's 12345 callbacks at the test {@link HotlineReceiver} and gives it the {@link TestClock}
 * (which replaces the platform's {@code Clock} bean).
 */
class NotificationTestInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("notificationTest", Map.of(
                "fengqiao.notification.hotline.callback-url", HotlineReceiver.shared().url(),
                "fengqiao.notification.hotline.signing-key", HotlineReceiver.SIGNING_KEY)));
        context.getBeanFactory().registerSingleton("clock", TestClock.shared());
    }
}
