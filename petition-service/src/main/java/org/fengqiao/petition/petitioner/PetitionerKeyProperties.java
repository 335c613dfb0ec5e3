package org.fengqiao.petition.petitioner;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code fengqiao.petitioners.*}: the keys protecting petitioners' identity data, each base64 of 32 random
 * bytes ({@code openssl rand -base64 32}), from {@code PETITIONER_ENCRYPTION_KEY} and {@code PETITIONER_HASH_KEY}.
 * Nothing is committed: without both keys the service does not start ({@link MissingPetitionerKeysException}).
 * Changing the hash key breaks repeat matching with earlier petitions; changing the encryption key makes stored
 * numbers unreadable.
 *
 * @param encryptionKey AES-256 key for ID-card numbers
 * @param hashKey       HMAC-SHA256 key for the matching hashes
 */
@ConfigurationProperties("fengqiao.petitioners")
public record PetitionerKeyProperties(String encryptionKey, String hashKey) {

    static final String ENCRYPTION_KEY_ENV = "PETITIONER_ENCRYPTION_KEY";
    static final String HASH_KEY_ENV = "PETITIONER_HASH_KEY";

    public PetitionerKeyProperties {
        List<String> wrong = new ArrayList<>();
        if (!valid(encryptionKey)) {
            wrong.add(ENCRYPTION_KEY_ENV + " (fengqiao.petitioners.encryption-key)");
        }
        if (!valid(hashKey)) {
            wrong.add(HASH_KEY_ENV + " (fengqiao.petitioners.hash-key)");
        }
        if (!wrong.isEmpty()) {
            throw new MissingPetitionerKeysException(wrong);
        }
    }

    byte[] encryptionKeyBytes() {
        return Base64.getDecoder().decode(encryptionKey);
    }

    byte[] hashKeyBytes() {
        return Base64.getDecoder().decode(hashKey);
    }

    private static boolean valid(String value) {
        try {
            return value != null && Base64.getDecoder().decode(value.trim()).length == 32;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** A petitioner key is missing or not base64 of 32 bytes: the service must not start. */
    public static final class MissingPetitionerKeysException extends IllegalArgumentException {

        private final List<String> keys;

        MissingPetitionerKeysException(List<String> keys) {
            super("petitioner keys missing or invalid: set " + String.join(" and ", keys)
                    + " to base64 of 32 random bytes (openssl rand -base64 32)");
            this.keys = List.copyOf(keys);
        }

        public List<String> keys() {
            return keys;
        }
    }
}
