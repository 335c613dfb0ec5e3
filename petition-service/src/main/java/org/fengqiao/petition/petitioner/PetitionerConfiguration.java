package org.fengqiao.petition.petitioner;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** The petitioner key properties. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PetitionerKeyProperties.class)
class PetitionerConfiguration {
}
