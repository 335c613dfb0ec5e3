package org.fengqiao.survey.kpi;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** The two shapes of a KPI figure. */
final class Figures {

    private Figures() {
    }

    /**
     * A count with the same period one year earlier (同比).
     *
     * @param value    this period
     * @param lastYear the same period a year earlier
     * @param change   (value - lastYear) / lastYear in percent, one decimal; {@code null} when lastYear is 0
     */
    record Count(long value, long lastYear, BigDecimal change) {

        static Count of(long value, long lastYear) {
            return new Count(value, lastYear, lastYear == 0 ? null : Figures.percent(value - lastYear, lastYear));
        }
    }

    /**
     * A rate: numerator out of denominator.
     *
     * @param percent numerator / denominator in percent, one decimal; {@code null} when the denominator is 0
     */
    record Rate(long numerator, long denominator, BigDecimal percent) {

        static Rate of(long numerator, long denominator) {
            return new Rate(numerator, denominator, denominator == 0 ? null : Figures.percent(numerator, denominator));
        }
    }

    static BigDecimal percent(long part, long whole) {
        return BigDecimal.valueOf(part).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }
}
