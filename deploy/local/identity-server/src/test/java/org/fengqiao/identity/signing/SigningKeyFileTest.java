package org.fengqiao.identity.signing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SigningKeyFileTest {

    @TempDir
    Path dir;

    @Test
    void firstUseCreatesAnOwnerOnlyRs256KeyThatLaterUsesReload() throws Exception {
        Path file = dir.resolve("identity/signing-key.jwk.json");

        RSAKey created = new SigningKeyFile(file).loadOrCreate();
        RSAKey reloaded = new SigningKeyFile(file).loadOrCreate();

        assertThat(created.isPrivate()).isTrue();
        assertThat(created.size()).isGreaterThanOrEqualTo(2048);
        assertThat(created.getAlgorithm()).isEqualTo(JWSAlgorithm.RS256);
        assertThat(created.getKeyUse()).isEqualTo(KeyUse.SIGNATURE);
        assertThat(reloaded.toJSONObject()).isEqualTo(created.toJSONObject());
        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(Files.getPosixFilePermissions(file.getParent()))
                .isEqualTo(PosixFilePermissions.fromString("rwx------"));
        try (var siblings = Files.list(file.getParent())) {
            assertThat(siblings).containsExactly(file);
        }
    }

    @Test
    void separateDataDirsGetSeparateKeys() {
        RSAKey one = new SigningKeyFile(dir.resolve("one/key.json")).loadOrCreate();
        RSAKey two = new SigningKeyFile(dir.resolve("two/key.json")).loadOrCreate();

        assertThat(one.getKeyID()).isNotEqualTo(two.getKeyID());
    }

    @Test
    void looseningPermissionsIsUndoneOnLoad() throws Exception {
        Path file = dir.resolve("key.json");
        new SigningKeyFile(file).loadOrCreate();
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));

        new SigningKeyFile(file).loadOrCreate();

        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
    }

    @Test
    void unreadableKeyStopsStartUpAndIsLeftAlone() throws Exception {
        Path file = dir.resolve("key.json");
        Files.writeString(file, "not a key");

        assertThatThrownBy(() -> new SigningKeyFile(file).loadOrCreate())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("is not an RSA JWK");
        assertThat(Files.readString(file)).isEqualTo("not a key");
    }

    @Test
    void publicOnlyKeyIsRejected() throws Exception {
        Path file = dir.resolve("key.json");
        RSAKey key = new SigningKeyFile(dir.resolve("source.json")).loadOrCreate();
        Files.writeString(file, key.toPublicJWK().toJSONString());

        assertThatThrownBy(() -> new SigningKeyFile(file).loadOrCreate())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("holds no private key");
    }
}
