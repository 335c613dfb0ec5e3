package org.fengqiao.platform.testkit;

import java.util.Map;

import com.mongodb.ConnectionString;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Points a Spring context at the shared embedded broker and store; what {@link EmbeddedPlatform} applies.
 * Usable on its own too: {@code new SpringApplicationBuilder(App.class).initializers(new
 * EmbeddedPlatformInitializer())}.
 */
public final class EmbeddedPlatformInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    static final String SOURCE_NAME = "embeddedPlatform";

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        ConfigurableEnvironment environment = context.getEnvironment();
        String database = database(environment);
        environment.getPropertySources().addFirst(new MapPropertySource(SOURCE_NAME, Map.of(
                "spring.kafka.bootstrap-servers", TestKafka.shared().bootstrapServers(),
                "spring.mongodb.uri", TestMongo.shared().uri(database))));
    }

    private static String database(ConfigurableEnvironment environment) {
        String configured = environment.getProperty("spring.mongodb.database");
        if (configured != null && !configured.isBlank()) {
            return configured;
        }
        String uri = environment.getProperty("spring.mongodb.uri");
        String fromUri = uri == null ? null : new ConnectionString(uri).getDatabase();
        return fromUri == null ? "test" : fromUri;
    }
}
