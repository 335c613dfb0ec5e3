package org.fengqiao.petition.petitioner;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Checks the petitioner keys as soon as the configuration is read, before any bean (or connection to the store)
 * exists, so a start without them fails at once with {@link MissingPetitionerKeysFailureAnalyzer}'s short report.
 * Registered in {@code META-INF/spring.factories}.
 */
class PetitionerKeysCheck implements EnvironmentPostProcessor, Ordered {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        new PetitionerKeyProperties(environment.getProperty("fengqiao.petitioners.encryption-key"),
                environment.getProperty("fengqiao.petitioners.hash-key"));
    }

    @Override
    public int getOrder() {
        // after the config data (application.yml, environment variables) is loaded
        return Ordered.LOWEST_PRECEDENCE;
    }
}
