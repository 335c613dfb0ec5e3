package org.fengqiao.petition.petition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;

import org.fengqiao.platform.calendar.CalendarYear;
import org.fengqiao.platform.calendar.CalendarYearFile;
import org.fengqiao.platform.calendar.DeadlinePolicy;
import org.fengqiao.platform.calendar.WorkCalendar;
import org.fengqiao.platform.web.ConflictException;
import org.junit.jupiter.api.Test;

/** The petition state machine without a store: one event per transition, refusals change nothing. */
class PetitionLifecycleTest {

    private static final Instant NOW = Instant.parse("2026-11-23T01:00:00Z");
    private static final Actor COUNTY = new Actor("county-dispatcher", "县信访局调度员", "330681");
    private static final Actor FENGQIAO = new Actor("handler-fengqiao", "枫桥镇信访办", "330681101");
    private final PetitionDeadlines deadlines = new PetitionDeadlines(DeadlinePolicy.standard(calendar()),
            PetitionProperties.defaults());

    @Test
    void theAcceptanceDeadlineIs15CalendarDaysAndTheReplyDeadline60() {
        Petition petition = registered();

        assertThat(WorkCalendar.dateOf(petition.acceptDueAt())).hasToString("2026-12-08");
        petition.accept(null, deadlines, COUNTY, NOW);
        assertThat(WorkCalendar.dateOf(petition.replyDueAt())).hasToString("2027-01-22");
        assertThat(petition.dueStage()).isEqualTo("reply");
    }

    @Test
    void aVillageHolderEscalatesToItsTownshipAndTheCountyCannotEscalate() {
        Petition petition = registered();
        petition.accept(null, deadlines, COUNTY, NOW);
        petition.assign(new Unit("330681101", null), List.of(), null, COUNTY, NOW);
        petition.assign(new Unit("330681101201", null), List.of(), null, FENGQIAO, NOW);
        petition.escalate("村里解决不了", new Actor("v", "村", "330681101201"), NOW);

        assertThat(petition.holderCode()).isEqualTo("330681101");
        assertThat(petition.outbox()).extracting(event -> event.type()).endsWith("petition.escalated");
        petition.escalate("镇里也解决不了", FENGQIAO, NOW);
        assertThat(petition.holderCode()).isEqualTo("330681");
        int events = petition.outbox().size();
        assertThatThrownBy(() -> petition.escalate("再往上", COUNTY, NOW)).isInstanceOf(ConflictException.class);
        assertThat(petition.outbox()).hasSize(events);
        assertThat(petition.state()).isEqualTo(PetitionState.escalated);
    }

    @Test
    void onlyOneExtensionAndNotAfterTheDeadline() {
        Petition petition = registered();
        petition.accept(null, deadlines, COUNTY, NOW);
        assertThatThrownBy(() -> petition.requestExtension(10, "晚了", deadlines, COUNTY,
                petition.replyDueAt().plusSeconds(1))).isInstanceOf(ConflictException.class);
        petition.requestExtension(10, "需会商", deadlines, COUNTY, NOW);
        petition.decideExtension(false, "理由不充分", deadlines, COUNTY, NOW);
        assertThatThrownBy(() -> petition.requestExtension(10, "再来", deadlines, COUNTY, NOW))
                .isInstanceOf(ConflictException.class);
    }

    private Petition registered() {
        NewPetition matter = new NewPetition(Channel.visit, null, 1, List.of(new StoredPetitioner("陈某", "c", "h",
                "3306**********2013", "13905751234", "p", null, false)), "征地补偿", "land_acquisition", Purpose.demand,
                new Place("330681101201", "枫源村", null, null), List.of(), null);
        return Petition.register("6651b3d4e4b0f3a1d2c3e001", "XF330681-20261123-0001", matter,
                new Flags(false, true, false, null, false, null, false), COUNTY, NOW, deadlines);
    }

    private static WorkCalendar calendar() {
        List<CalendarYear> years = new java.util.ArrayList<>();
        for (int year = 2024; year <= 2027; year++) {
            String name = "cn-" + year + ".csv";
            try (var content = new java.io.InputStreamReader(PetitionLifecycleTest.class.getClassLoader()
                    .getResourceAsStream("calendar/" + name), java.nio.charset.StandardCharsets.UTF_8)) {
                years.add(CalendarYearFile.read(name, content));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        return WorkCalendar.of(years);
    }
}
