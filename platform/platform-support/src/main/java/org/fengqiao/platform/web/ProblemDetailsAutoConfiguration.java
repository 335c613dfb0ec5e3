package org.fengqiao.platform.web;

import java.util.Locale;

import jakarta.validation.MessageInterpolator;
import jakarta.validation.spi.ConfigurationState;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.validation.autoconfigure.ValidationConfigurationCustomizer;
import org.springframework.boot.webflux.autoconfigure.WebFluxAutoConfiguration;
import org.springframework.boot.webflux.autoconfigure.error.ErrorWebFluxAutoConfiguration;
import org.springframework.boot.webflux.error.ErrorWebExceptionHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.http.codec.ServerCodecConfigurer;
import org.springframework.util.unit.DataSize;
import org.springframework.web.reactive.result.method.annotation.ResponseEntityExceptionHandler;

/**
 * RFC 9457 problem details for every error of a WebFlux service; see the package documentation.
 */
@AutoConfiguration(before = { WebFluxAutoConfiguration.class, ErrorWebFluxAutoConfiguration.class })
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.REACTIVE)
public class ProblemDetailsAutoConfiguration {

    static final String MAX_IN_MEMORY_SIZE = "spring.http.codecs.max-in-memory-size";

    /** Spring's codec default, used when the property is not set at all. */
    private static final DataSize CODEC_DEFAULT = DataSize.ofKilobytes(256);

    @Bean
    @ConditionalOnMissingBean
    ProblemDetailsMapper problemDetailsMapper(Environment environment) {
        DataSize limit = Binder.get(environment).bind(MAX_IN_MEMORY_SIZE, DataSize.class).orElse(CODEC_DEFAULT);
        return new ProblemDetailsMapper(limit);
    }

    @Bean
    @ConditionalOnMissingBean(ErrorWebExceptionHandler.class)
    ProblemDetailsErrorHandler problemDetailsErrorHandler(ProblemDetailsMapper mapper, ServerCodecConfigurer codecs) {
        return new ProblemDetailsErrorHandler(mapper, codecs.getWriters());
    }

    @Bean
    @ConditionalOnMissingBean(ResponseEntityExceptionHandler.class)
    ProblemDetailsControllerAdvice problemDetailsControllerAdvice(ProblemDetailsMapper mapper) {
        return new ProblemDetailsControllerAdvice(mapper);
    }

    /**
     * Bean Validation messages in Chinese whatever the JVM locale (WebFlux has no request locale for them).
     * Replace by declaring a bean named {@code platformValidationMessageLocale}.
     */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass({ ValidationConfigurationCustomizer.class, ConfigurationState.class })
    static class ValidationMessagesConfiguration {

        @Bean
        @ConditionalOnMissingBean(name = "platformValidationMessageLocale")
        ValidationConfigurationCustomizer platformValidationMessageLocale() {
            return configuration -> {
                MessageInterpolator current = configuration instanceof ConfigurationState state
                        && state.getMessageInterpolator() != null ? state.getMessageInterpolator()
                                : configuration.getDefaultMessageInterpolator();
                configuration.messageInterpolator(new FixedLocaleMessageInterpolator(current, Locale.SIMPLIFIED_CHINESE));
            };
        }
    }

    private record FixedLocaleMessageInterpolator(MessageInterpolator delegate, Locale locale)
            implements MessageInterpolator {

        @Override
        public String interpolate(String messageTemplate, Context context) {
            return delegate.interpolate(messageTemplate, context, locale);
        }

        @Override
        public String interpolate(String messageTemplate, Context context, Locale requested) {
            return delegate.interpolate(messageTemplate, context, locale);
        }
    }
}
