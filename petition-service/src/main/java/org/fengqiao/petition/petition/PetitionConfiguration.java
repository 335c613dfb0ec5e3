package org.fengqiao.petition.petition;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The petition properties and the periodic deadline scan. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PetitionProperties.class)
@EnableScheduling
class PetitionConfiguration {
}
