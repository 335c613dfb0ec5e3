package org.fengqiao.identity.clients;

import java.util.List;

import org.fengqiao.identity.IdentityProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.OAuth2TokenFormat;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;

@Configuration(proxyBeanMethods = false)
class DemoClientsConfiguration {

    // Low cost on purpose: one shared demo secret, 2 shared cores; the hash only keeps it out of memory
    // as plain text. The authorization server checks client secrets with this bean too. Each client gets
    // its own salt: the in-memory repository rejects two clients with the same encoded secret.
    private static final int BCRYPT_STRENGTH = 4;

    @Bean
    PasswordEncoder clientSecretEncoder() {
        return new BCryptPasswordEncoder(BCRYPT_STRENGTH);
    }

    @Bean
    RegisteredClientRepository registeredClientRepository(IdentityProperties properties,
            PasswordEncoder clientSecretEncoder) {
        TokenSettings tokenSettings = TokenSettings.builder()
                .accessTokenFormat(OAuth2TokenFormat.SELF_CONTAINED)
                .accessTokenTimeToLive(properties.accessTokenTtl())
                .build();
        List<RegisteredClient> clients = properties.clients().stream()
                .map(client -> RegisteredClient.withId(client.clientId())
                        .clientId(client.clientId())
                        .clientName(client.name())
                        .clientSecret(clientSecretEncoder.encode(properties.clientSecret()))
                        .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                        .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
                        .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                        .scopes(scopes -> scopes.addAll(client.scopes()))
                        .tokenSettings(tokenSettings)
                        .build())
                .toList();
        return new InMemoryRegisteredClientRepository(clients);
    }

    @Bean
    OAuth2TokenCustomizer<JwtEncodingContext> identityClaimsCustomizer(IdentityProperties properties) {
        return new IdentityClaimsCustomizer(properties.clients());
    }
}
