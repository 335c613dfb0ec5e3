package org.fengqiao.petition.petitioner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.fengqiao.platform.web.InvalidInput;
import org.junit.jupiter.api.Test;

class PetitionerProtectionTest {

    private static final String NUMBER = "330681196503122013";
    private final PetitionerProtection protection = new PetitionerProtection(new PetitionerKeyProperties(
            "dGVzdC1vbmx5LWVuY3J5cHRpb24ta2V5LTMyLWJ5dGU=", "dGVzdC1vbmx5LWhtYWMtaGFzaC1rZXktb2YtMzJieXQ="));

    @Test
    void anIdNumberIsStoredEncryptedHashedAndMaskedAndCanBeRevealed() {
        PetitionerProtection.ProtectedIdNumber stored = protection.protect(NUMBER);

        assertThat(stored.cipherText()).doesNotContain(NUMBER).doesNotContain("19650312");
        assertThat(stored.masked()).isEqualTo("3306**********2013");
        assertThat(protection.reveal(stored.cipherText())).isEqualTo(NUMBER);
    }

    @Test
    void theSameNumberHashesAlikeButEncryptsDifferentlyEachTime() {
        PetitionerProtection.ProtectedIdNumber first = protection.protect(NUMBER);
        PetitionerProtection.ProtectedIdNumber second = protection.protect(NUMBER);

        assertThat(first.hash()).isEqualTo(second.hash()).hasSize(64);
        assertThat(first.cipherText()).isNotEqualTo(second.cipherText());
        assertThat(protection.protect("330681197208053021").hash()).isNotEqualTo(first.hash());
    }

    @Test
    void aHashDependsOnTheKeySoTheHashesMeanNothingWithoutIt() {
        PetitionerProtection otherKey = new PetitionerProtection(new PetitionerKeyProperties(
                "DFNr7tnafB1aVHJ5ZtWQvvKhklHxtnQjyQLqif+rXBE=", "DFNr7tnafB1aVHJ5ZtWQvvKhklHxtnQjyQLqif+rXBE="));

        assertThat(otherKey.protect(NUMBER).hash()).isNotEqualTo(protection.protect(NUMBER).hash());
        assertThat(protection.phoneHash("139-0575-1234")).isEqualTo(protection.phoneHash("13905751234"));
        assertThat(protection.phoneHash(null)).isNull();
    }

    @Test
    void aWrongCheckCharacterOrAShortKeyIsRefused() {
        assertThatThrownBy(() -> protection.protect("330681196503122012")).isInstanceOf(InvalidInput.class)
                .hasMessageContaining("校验位");
        assertThatThrownBy(() -> new PetitionerKeyProperties("c2hvcnQ=", "c2hvcnQ="))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("32 random bytes");
    }

    @Test
    void withoutKeysNothingStartsAndTheMessageSaysWhatToSet() {
        assertThatThrownBy(() -> new PetitionerKeyProperties("", "dGVzdC1vbmx5LWhtYWMtaGFzaC1rZXktb2YtMzJieXQ="))
                .isInstanceOf(PetitionerKeyProperties.MissingPetitionerKeysException.class)
                .hasMessageContaining("PETITIONER_ENCRYPTION_KEY").hasMessageNotContaining("PETITIONER_HASH_KEY");
        assertThatThrownBy(() -> new PetitionerKeyProperties(null, "c2hvcnQ="))
                .hasMessageContaining("PETITIONER_ENCRYPTION_KEY").hasMessageContaining("PETITIONER_HASH_KEY");
    }
}
