package org.fengqiao.petition.petitioner;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;

import org.fengqiao.platform.web.InvalidInput;

/**
 * 居民身份证号码: an 18-character resident identity number (GB 11643-1999), validated on construction: six
 * digits of the issuing division, the date of birth as {@code yyyyMMdd}, a three-digit sequence (odd for men,
 * even for women) and the ISO 7064 MOD 11-2 check character ({@code 0-9} or {@code X}). A lowercase {@code x}
 * is accepted and stored uppercase. {@code toString()} masks it; {@link #value()} is the full number.
 */
record IdCardNumber(String value) {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};

    /** @throws InvalidIdCardNumberException (400 when it comes from a request) if the number is not valid */
    IdCardNumber {
        if (value == null || !value.matches("\\d{17}[\\dXx]")) {
            throw new InvalidIdCardNumberException("身份证号码应为18位：17位数字加1位数字或X");
        }
        value = value.toUpperCase(Locale.ROOT);
        if (checkCharacter(value) != value.charAt(17)) {
            throw new InvalidIdCardNumberException("身份证号码校验位不正确");
        }
        if (birthDateOf(value) == null) {
            throw new InvalidIdCardNumberException("身份证号码中的出生日期无效");
        }
    }

    LocalDate birthDate() {
        return birthDateOf(value);
    }

    /** 1-4 and the last four characters only, e.g. {@code 3306**********123X}. */
    String masked() {
        return value.substring(0, 4) + "*".repeat(10) + value.substring(14);
    }

    @Override
    public String toString() {
        return masked();
    }

    static char checkCharacter(String number) {
        int sum = 0;
        for (int i = 0; i < WEIGHTS.length; i++) {
            sum += (number.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK[sum % 11];
    }

    private static LocalDate birthDateOf(String number) {
        try {
            LocalDate date = LocalDate.of(Integer.parseInt(number.substring(6, 10)),
                    Integer.parseInt(number.substring(10, 12)), Integer.parseInt(number.substring(12, 14)));
            return date.getYear() >= 1900 ? date : null;
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** A malformed identity number: answered 400 with the message. */
    static final class InvalidIdCardNumberException extends IllegalArgumentException implements InvalidInput {

        InvalidIdCardNumberException(String message) {
            super(message);
        }
    }
}
