package org.fengqiao.identity.signing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.text.ParseException;
import java.util.Date;
import java.util.Set;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The RSA signing key, kept as a private JWK in one file so that tokens stay valid across restarts.
 * Created on first use with owner-only permissions; an unreadable file stops start-up rather than being
 * replaced, because a new key would silently invalidate every token already handed out.
 */
final class SigningKeyFile {

    private static final Logger log = LoggerFactory.getLogger(SigningKeyFile.class);
    private static final int KEY_SIZE = 2048;
    private static final Set<PosixFilePermission> OWNER_READ_WRITE = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> OWNER_ONLY_DIR = PosixFilePermissions.fromString("rwx------");

    private final Path file;

    SigningKeyFile(Path file) {
        this.file = file.toAbsolutePath().normalize();
    }

    RSAKey loadOrCreate() {
        if (Files.exists(file)) {
            return load();
        }
        RSAKey key = generate();
        try {
            write(key);
            log.info("Created signing key {} in {}", key.getKeyID(), file);
            return key;
        } catch (FileAlreadyExistsException raced) {
            // another instance created it between our check and our write: use theirs
            return load();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write signing key file " + file, e);
        }
    }

    private RSAKey load() {
        try {
            RSAKey key = RSAKey.parse(Files.readString(file, StandardCharsets.UTF_8));
            if (!key.isPrivate()) {
                throw new IllegalStateException("Signing key file " + file + " holds no private key");
            }
            restrictPermissions();
            log.info("Loaded signing key {} from {}", key.getKeyID(), file);
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read signing key file " + file, e);
        } catch (ParseException e) {
            throw new IllegalStateException("Signing key file " + file + " is not an RSA JWK; move it away to "
                    + "generate a new key (tokens signed with the old key then stop verifying)", e);
        }
    }

    private static RSAKey generate() {
        try {
            return new RSAKeyGenerator(KEY_SIZE)
                    .keyUse(KeyUse.SIGNATURE)
                    .algorithm(JWSAlgorithm.RS256)
                    .keyIDFromThumbprint(true)
                    .issueTime(new Date())
                    .generate();
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot generate an RSA signing key", e);
        }
    }

    // Written to a private temp file first, then moved into place, so no reader ever sees half a key
    // and the key is never readable by others, not even briefly.
    private void write(RSAKey key) throws IOException {
        Path dir = file.getParent();
        Files.createDirectories(dir, permissions(OWNER_ONLY_DIR));
        Path temp = Files.createTempFile(dir, ".signing-key", ".tmp", permissions(OWNER_READ_WRITE));
        try {
            Files.writeString(temp, key.toJSONString(), StandardCharsets.UTF_8);
            Files.move(temp, file);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private void restrictPermissions() throws IOException {
        if (!posix() || Files.getPosixFilePermissions(file).equals(OWNER_READ_WRITE)) {
            return;
        }
        log.warn("Signing key file {} was readable by others; restricting it to its owner", file);
        Files.setPosixFilePermissions(file, OWNER_READ_WRITE);
    }

    private static FileAttribute<?>[] permissions(Set<PosixFilePermission> permissions) {
        return posix() ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(permissions)}
                : new FileAttribute<?>[0];
    }

    private static boolean posix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }
}
