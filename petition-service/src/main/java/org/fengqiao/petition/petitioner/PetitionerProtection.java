package org.fengqiao.petition.petitioner;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.stereotype.Component;

/**
 * Protects what identifies a petitioner at rest: the ID-card number is validated (checksum), encrypted with
 * AES-GCM (random 96-bit nonce per value) and hashed with HMAC-SHA256 under a separate key, so repeat
 * petitioners can be matched by equality without decrypting anything. Phone numbers get the same keyed hash
 * for matching a caller across channels. The keys come from {@code fengqiao.petitioners.*}.
 */
@Component
public class PetitionerProtection {

    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKeySpec encryptionKey;
    private final SecretKeySpec hashKey;
    private final SecureRandom random = new SecureRandom();

    public PetitionerProtection(PetitionerKeyProperties keys) {
        this.encryptionKey = new SecretKeySpec(keys.encryptionKeyBytes(), "AES");
        this.hashKey = new SecretKeySpec(keys.hashKeyBytes(), "HmacSHA256");
    }

    /**
     * Validates and protects an ID-card number.
     *
     * @throws IllegalArgumentException (an {@link org.fengqiao.platform.web.InvalidInput}, so 400) when the
     *                                  number is malformed or its check character is wrong
     */
    public ProtectedIdNumber protect(String idCardNumber) {
        IdCardNumber number = new IdCardNumber(idCardNumber);
        return new ProtectedIdNumber(encrypt(number.value()), hash("id:" + number.value()), number.masked());
    }

    /** The keyed hash of a phone number (digits only), for matching; {@code null} for no phone. */
    public String phoneHash(String phone) {
        if (phone == null || phone.isBlank()) {
            return null;
        }
        return hash("phone:" + phone.replaceAll("\\D", ""));
    }

    /** The ID-card number back from its cipher text (for an authorised export, never for events or lists). */
    public String reveal(String cipherText) {
        try {
            ByteBuffer buffer = ByteBuffer.wrap(Base64.getDecoder().decode(cipherText));
            byte[] nonce = new byte[NONCE_BYTES];
            buffer.get(nonce);
            byte[] sealed = new byte[buffer.remaining()];
            buffer.get(sealed);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, encryptionKey, new GCMParameterSpec(TAG_BITS, nonce));
            return new String(cipher.doFinal(sealed), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot decrypt an ID-card number: wrong key or damaged data", e);
        }
    }

    private String encrypt(String plain) {
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            random.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, encryptionKey, new GCMParameterSpec(TAG_BITS, nonce));
            byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(
                    ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM unavailable", e);
        }
    }

    private String hash(String value) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(hashKey);
            return HexFormat.of().formatHex(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    /**
     * An ID-card number as it is stored.
     *
     * @param cipherText base64 of nonce + AES-GCM cipher text and tag
     * @param hash       hex HMAC-SHA256 under the hash key, for equality matching
     * @param masked     e.g. {@code 3306**********123X}, for display
     */
    public record ProtectedIdNumber(String cipherText, String hash, String masked) {
    }
}
