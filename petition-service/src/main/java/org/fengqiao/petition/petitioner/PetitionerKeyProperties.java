package org.fengqiao.petition.petitioner;

import java.util.Base64;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code fengqiao.petitioners.*}: the keys protecting petitioners' identity data, each base64 of 32 random
 * bytes ({@code openssl rand -base64 32}). application.yml carries demo-only defaults for the embedded stack;
 * every real deployment sets {@code PETITIONER_ENCRYPTION_KEY} and {@code PETITIONER_HASH_KEY}. Changing the
 * hash key breaks repeat matching with earlier petitions; changing the encryption key makes stored numbers
 * unreadable.
 *
 * @param encryptionKey AES-256 key for ID-card numbers
 * @param hashKey       HMAC-SHA256 key for the matching hashes
 */
@ConfigurationProperties("fengqiao.petitioners")
public record PetitionerKeyProperties(String encryptionKey, String hashKey) {

    public PetitionerKeyProperties {
        require("encryption-key", encryptionKey);
        require("hash-key", hashKey);
    }

    byte[] encryptionKeyBytes() {
        return Base64.getDecoder().decode(encryptionKey);
    }

    byte[] hashKeyBytes() {
        return Base64.getDecoder().decode(hashKey);
    }

    private static void require(String name, String value) {
        byte[] key;
        try {
            key = value == null ? null : Base64.getDecoder().decode(value);
        } catch (IllegalArgumentException e) {
            key = null;
        }
        if (key == null || key.length != 32) {
            throw new IllegalArgumentException("fengqiao.petitioners." + name + " must be base64 of 32 bytes");
        }
    }
}
