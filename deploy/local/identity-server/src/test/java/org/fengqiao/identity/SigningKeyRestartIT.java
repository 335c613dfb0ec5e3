package org.fengqiao.identity;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import com.nimbusds.jose.jwk.JWKSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.security.oauth2.jwt.Jwt;

import static org.assertj.core.api.Assertions.assertThat;

/** A restart with the same data dir keeps the signing key, so tokens handed out before still verify. */
class SigningKeyRestartIT {

    @Test
    void restartKeepsKeyIdAndEarlierTokensVerify(@TempDir Path dataDir) throws Exception {
        Path keyFile = dataDir.resolve("identity/signing-key.jwk.json");
        int port = RunningIdentityServer.freePort();
        String tokenBefore;
        String keyIdBefore;
        try (RunningIdentityServer first = RunningIdentityServer.start(keyFile, port)) {
            tokenBefore = first.accessToken("county-dispatcher");
            keyIdBefore = onlyKeyId(first);
        }
        assertThat(Files.getPosixFilePermissions(keyFile)).isEqualTo(PosixFilePermissions.fromString("rw-------"));

        try (RunningIdentityServer second = RunningIdentityServer.start(keyFile, port)) {
            assertThat(onlyKeyId(second)).isEqualTo(keyIdBefore);
            Jwt jwt = second.decoder().decode(tokenBefore);
            assertThat(jwt.getSubject()).isEqualTo("county-dispatcher");
        }
    }

    private static String onlyKeyId(RunningIdentityServer server) throws Exception {
        JWKSet published = JWKSet.parse(server.get("/oauth2/jwks").body());
        assertThat(published.getKeys()).hasSize(1);
        return published.getKeys().get(0).getKeyID();
    }
}
