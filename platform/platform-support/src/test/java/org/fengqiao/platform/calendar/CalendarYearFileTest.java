package org.fengqiao.platform.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class CalendarYearFileTest {

    private static CalendarYear read(String fileName, String content) {
        return CalendarYearFile.read(fileName, new StringReader(content));
    }

    @Test
    void readsRangesMakeUpDaysAndStatus() {
        CalendarYear year = read("cn-2028.csv", """
                # status: provisional
                from,to,kind,festival
                2028-01-25,2028-02-01,放假,春节
                2028-01-22,,上班,春节
                """);

        assertThat(year.year()).isEqualTo(2028);
        assertThat(year.status()).isEqualTo(CalendarYear.Status.PROVISIONAL);
        assertThat(year.holidays()).hasSize(8).containsEntry(LocalDate.of(2028, 2, 1), "春节");
        assertThat(year.makeUpWorkdays()).containsOnlyKeys(LocalDate.of(2028, 1, 22));
    }

    @Test
    void aMakeUpDayOnAWeekdayIsRejected() {
        assertThatThrownBy(() -> read("cn-2028.csv", """
                # status: official
                2028-01-24,2028-01-24,上班,春节
                """))
                .hasMessageContaining("cn-2028.csv")
                .hasMessageContaining("2028-01-24 是周一");
    }

    @Test
    void aDateThatIsBothAHolidayAndAMakeUpDayIsRejected() {
        assertThatThrownBy(() -> read("cn-2028.csv", """
                # status: official
                2028-01-22,2028-01-23,放假,春节
                2028-01-22,2028-01-22,上班,春节
                """))
                .hasMessageContaining("2028-01-22 既是放假日又是调休上班日");
    }

    @Test
    void malformedContentIsRejectedNamingFileAndLine() {
        List<String> broken = List.of(
                "# status: official\n2028-13-01,2028-13-01,放假,元旦\n",
                "# status: official\n\n2028-01-01,2028-01-01,休息,元旦\n",
                "# status: official\n2028-01-01,放假,元旦\n",
                "# status: official\n2028-01-03,2028-01-01,放假,元旦\n",
                "# status: official\n2028-01-01,2028-01-01,放假,元旦\n2028-01-01,2028-01-01,放假,元旦\n");

        assertThat(broken).allSatisfy(content ->
                assertThatThrownBy(() -> read("cn-2028.csv", content)).hasMessageContaining("cn-2028.csv 第 "));
    }

    @Test
    void aFileWithoutStatusOrWithADateOfAnotherYearOrABadNameIsRejected() {
        assertThatThrownBy(() -> read("cn-2028.csv", "2028-01-01,,放假,元旦\n"))
                .hasMessageContaining("status");
        assertThatThrownBy(() -> read("cn-2028.csv", "# status: official\n2029-01-01,,放假,元旦\n"))
                .hasMessageContaining("2029-01-01 不属于 2028 年");
        assertThatThrownBy(() -> read("holidays-2028.csv", "# status: official\n"))
                .hasMessageContaining("cn-<年份>.csv");
    }

    @Test
    void aMakeUpDayInTheDecemberBeforeIsAccepted() {
        // As for New Year 2019, when Saturday 2018-12-29 was a make-up working day.
        CalendarYear year = read("cn-2019.csv", """
                # status: official
                2018-12-30,2019-01-01,放假,元旦
                2018-12-29,2018-12-29,上班,元旦
                """);

        assertThat(year.makeUpWorkdays()).containsOnlyKeys(LocalDate.of(2018, 12, 29));
    }
}
