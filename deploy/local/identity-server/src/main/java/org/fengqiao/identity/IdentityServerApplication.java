package org.fengqiao.identity;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration;

/**
 * Local identity provider of the embedded stack: a Spring Authorization Server that issues
 * client-credentials JWTs for the demo identities. Production uses Keycloak with the same claims.
 */
// No people log in here (clients only), so Boot's generated in-memory user is noise.
@SpringBootApplication(exclude = UserDetailsServiceAutoConfiguration.class)
@EnableConfigurationProperties(IdentityProperties.class)
public class IdentityServerApplication {

    public static void main(String[] args) {
        SpringApplication.run(IdentityServerApplication.class, args);
    }
}
