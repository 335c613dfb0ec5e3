package org.fengqiao.petition.petitioner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class IdCardNumberTest {

    /** The GB 11643-1999 standard's own example. */
    private static final String STANDARD_EXAMPLE = "11010519491231002X";

    @Test
    void aNumberWithTheRightCheckCharacterIsValid() {
        IdCardNumber number = new IdCardNumber(STANDARD_EXAMPLE.toLowerCase());

        assertThat(number.value()).isEqualTo(STANDARD_EXAMPLE);
        assertThat(number.birthDate()).isEqualTo(LocalDate.of(1949, 12, 31));
        String zhuji = "33068119900101123";
        assertThat(new IdCardNumber(zhuji + IdCardNumber.checkCharacter(zhuji)).birthDate())
                .isEqualTo(LocalDate.of(1990, 1, 1));
    }

    @Test
    void aWrongCheckCharacterOrATypoIsRejected() {
        assertThatThrownBy(() -> new IdCardNumber("110105194912310021"))
                .isInstanceOf(IdCardNumber.InvalidIdCardNumberException.class).hasMessageContaining("校验位");
        // Two digits swapped: the weighted checksum notices.
        assertThatThrownBy(() -> new IdCardNumber("11010519491213002X"))
                .isInstanceOf(IdCardNumber.InvalidIdCardNumberException.class);
    }

    @Test
    void malformedNumbersAndImpossibleBirthDatesAreRejected() {
        assertThatThrownBy(() -> new IdCardNumber(null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new IdCardNumber("33068119900101123")).hasMessageContaining("18位");
        assertThatThrownBy(() -> new IdCardNumber("3306811990010112X6")).hasMessageContaining("18位");
        String february30 = "33068119900230123";
        assertThatThrownBy(() -> new IdCardNumber(february30 + IdCardNumber.checkCharacter(february30)))
                .hasMessageContaining("出生日期");
    }

    @Test
    void itNeverPrintsInFull() {
        assertThat(new IdCardNumber(STANDARD_EXAMPLE)).hasToString("1101**********002X");
    }
}
