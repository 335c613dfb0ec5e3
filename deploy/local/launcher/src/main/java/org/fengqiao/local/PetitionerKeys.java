package org.fengqiao.local;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

/**
 * The keys protecting petitioners' identity data in petition-service (AES-256 and HMAC-SHA256, each base64 of 32
 * random bytes), generated once per data directory in {@code <data>/secrets/petitioner-keys.properties} and
 * reused on every later start, so petitions stored earlier stay readable. {@code --reset} wipes the data
 * directory and with it the keys. The file is readable by its owner only where the file system has POSIX
 * permissions.
 */
final class PetitionerKeys {

    static final String ENCRYPTION_KEY_ENV = "PETITIONER_ENCRYPTION_KEY";
    static final String HASH_KEY_ENV = "PETITIONER_HASH_KEY";
    static final String COMPONENT = "petition-service";
    private static final int KEY_BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    private PetitionerKeys() {
    }

    static Path file(Path dataDir) {
        return dataDir.resolve("secrets").resolve("petitioner-keys.properties");
    }

    /** Both keys as petition-service's environment variables, generated first if the data directory has none. */
    static synchronized Map<String, String> ensure(Path dataDir) {
        Path file = file(dataDir);
        try {
            if (Files.notExists(file)) {
                create(file);
            }
            Properties keys = new Properties();
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                keys.load(reader);
            }
            Map<String, String> env = new LinkedHashMap<>();
            for (String name : new String[] {ENCRYPTION_KEY_ENV, HASH_KEY_ENV}) {
                String value = keys.getProperty(name);
                if (!valid(value)) {
                    throw new LocalStackException(file + " has no valid " + name + " (base64 of 32 bytes). Restore it, "
                            + "or start with --reset to wipe the data directory and generate new keys.");
                }
                env.put(name, value);
            }
            return env;
        } catch (IOException e) {
            throw new LocalStackException("cannot read or create " + file + ": " + e, e);
        }
    }

    private static void create(Path file) throws IOException {
        Path dir = file.getParent();
        boolean posix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
        if (posix) {
            Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        } else {
            Files.createDirectories(dir);
        }
        Path temp = posix
                ? Files.createTempFile(dir, "petitioner-keys", ".tmp",
                        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")))
                : Files.createTempFile(dir, "petitioner-keys", ".tmp");
        if (!posix) {
            // Best effort outside POSIX: readable and writable by the owner only.
            temp.toFile().setReadable(false, false);
            temp.toFile().setReadable(true, true);
            temp.toFile().setWritable(false, false);
            temp.toFile().setWritable(true, true);
        }
        Properties keys = new Properties();
        keys.setProperty(ENCRYPTION_KEY_ENV, generate());
        keys.setProperty(HASH_KEY_ENV, generate());
        try (Writer writer = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
            keys.store(writer, "petition-service petitioner keys for this data directory; losing them makes stored "
                    + "ID-card numbers unreadable");
        }
        try {
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, file);
        }
    }

    static String generate() {
        byte[] key = new byte[KEY_BYTES];
        RANDOM.nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }

    private static boolean valid(String value) {
        try {
            return value != null && Base64.getDecoder().decode(value).length == KEY_BYTES;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
