package org.fengqiao.petition.petition;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** The petition properties. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PetitionProperties.class)
class PetitionConfiguration {
}
