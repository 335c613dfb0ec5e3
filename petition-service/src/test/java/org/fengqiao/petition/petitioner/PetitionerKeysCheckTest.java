package org.fengqiao.petition.petitioner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.mock.env.MockEnvironment;

class PetitionerKeysCheckTest {

    private static final String KEY = "dGVzdC1vbmx5LWVuY3J5cHRpb24ta2V5LTMyLWJ5dGU=";

    @Test
    void aStartWithoutKeysFailsBeforeAnyBeanWithWhatToSetAndNoStackTrace() {
        MockEnvironment environment = new MockEnvironment().withProperty("fengqiao.petitioners.encryption-key", "")
                .withProperty("fengqiao.petitioners.hash-key", KEY);

        Throwable failure = org.assertj.core.api.Assertions.catchThrowable(
                () -> new PetitionerKeysCheck().postProcessEnvironment(environment, null));
        FailureAnalysis analysis = new MissingPetitionerKeysFailureAnalyzer().analyze(new IllegalStateException(failure));

        assertThat(failure).isInstanceOf(PetitionerKeyProperties.MissingPetitionerKeysException.class);
        assertThat(analysis.getDescription()).contains("PETITIONER_ENCRYPTION_KEY").doesNotContain("PETITIONER_HASH_KEY")
                .doesNotContain("\n");
        assertThat(analysis.getAction()).contains("deploy/local/start");
    }

    @Test
    void bothKeysLetTheStartGoOn() {
        MockEnvironment environment = new MockEnvironment().withProperty("fengqiao.petitioners.encryption-key", KEY)
                .withProperty("fengqiao.petitioners.hash-key", KEY);

        new PetitionerKeysCheck().postProcessEnvironment(environment, null);
        assertThatThrownBy(() -> new PetitionerKeysCheck().postProcessEnvironment(new MockEnvironment(), null))
                .hasMessageContaining("PETITIONER_HASH_KEY");
    }
}
