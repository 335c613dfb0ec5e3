package org.fengqiao.gateway.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.savedrequest.NoOpServerRequestCache;

@Configuration(proxyBeanMethods = false)
@EnableWebFluxSecurity
class SecurityConfig {

    /** Open without a token besides {@code /api/public/**}: API documents, Swagger UI and the probes. */
    static final String[] OPEN_PATHS = { "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**",
            "/webjars/swagger-ui/**", "/actuator/health", "/actuator/health/**", "/actuator/info",
            "/actuator/prometheus" };

    /**
     * No observation (span, timer) per security filter, authentication and authorization on the hot path:
     * {@code http.server.requests} and the gateway's client observation already time every request.
     */
    @Bean
    SecurityObservationSettings noSecurityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    SecurityWebFilterChain gatewaySecurity(ServerHttpSecurity http, ProblemAuthenticationEntryPoint entryPoint,
            ProblemAccessDeniedHandler accessDenied) {
        return http.csrf(ServerHttpSecurity.CsrfSpec::disable)
            .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
            .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
            .logout(ServerHttpSecurity.LogoutSpec::disable)
            // stateless: no WebSession lookup on the hot path
            .securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
            .requestCache(cache -> cache.requestCache(NoOpServerRequestCache.getInstance()))
            // rules are tried in order, each a reactive matcher: the hot /api/** calls decide after two
            .authorizeExchange(exchanges -> exchanges.pathMatchers("/api/public/**")
                .permitAll()
                .pathMatchers("/api/**")
                .authenticated()
                .pathMatchers(OPEN_PATHS)
                .permitAll()
                .anyExchange()
                .authenticated())
            .oauth2ResourceServer(resourceServer -> resourceServer.jwt(Customizer.withDefaults())
                .authenticationEntryPoint(entryPoint)
                .accessDeniedHandler(accessDenied))
            .exceptionHandling(handling -> handling.authenticationEntryPoint(entryPoint).accessDeniedHandler(accessDenied))
            .build();
    }
}
