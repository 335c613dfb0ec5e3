package org.fengqiao.mediation.screening;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.fengqiao.platform.web.ConflictException;
import org.fengqiao.platform.web.ForbiddenException;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/** 排查活动: which units have to file a return for which period and topic, and the returns filed. */
@Document(ScreeningCampaign.COLLECTION)
class ScreeningCampaign {

    static final String COLLECTION = "screening_campaigns";
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @Id
    private final String id;
    @Version
    private Long version;
    private final CampaignKind kind;
    private final String topic;
    private final String scope;
    private final LocalDate periodStart;
    private final LocalDate periodEnd;
    private final LocalDate returnsDue;
    private final List<String> units;
    private final List<ScreeningReturn> returns;
    private final Instant createdAt;
    private final String createdBy;

    @PersistenceCreator
    ScreeningCampaign(String id, Long version, CampaignKind kind, String topic, String scope, LocalDate periodStart,
                      LocalDate periodEnd, LocalDate returnsDue, List<String> units, List<ScreeningReturn> returns,
                      Instant createdAt, String createdBy) {
        this.id = id;
        this.version = version;
        this.kind = kind;
        this.topic = topic;
        this.scope = scope;
        this.periodStart = periodStart;
        this.periodEnd = periodEnd;
        this.returnsDue = returnsDue;
        this.units = units == null ? List.of() : List.copyOf(units);
        this.returns = returns == null ? new ArrayList<>() : new ArrayList<>(returns);
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    /** Checks that the unit is due to file and has not filed yet. */
    void checkMayFile(String unit) {
        if (!units.contains(unit)) {
            throw new ForbiddenException("本单位（%s）不在该排查活动的报送单位中".formatted(unit));
        }
        if (returnOf(unit).isPresent()) {
            throw new ConflictException("本单位（%s）已报送排查报表，不能重复报送".formatted(unit));
        }
    }

    void file(ScreeningReturn filed) {
        checkMayFile(filed.unit());
        returns.add(filed);
    }

    Optional<ScreeningReturn> returnOf(String unit) {
        return returns.stream().filter(filed -> filed.unit().equals(unit)).findFirst();
    }

    /** Whether the due date is over (the whole due day counts, Asia/Shanghai). */
    boolean dueDatePassed(Instant now) {
        return !returnsDue.plusDays(1).atStartOfDay(ZONE).toInstant().isAfter(now);
    }

    String id() {
        return id;
    }

    CampaignKind kind() {
        return kind;
    }

    String topic() {
        return topic;
    }

    String scope() {
        return scope;
    }

    LocalDate periodStart() {
        return periodStart;
    }

    LocalDate periodEnd() {
        return periodEnd;
    }

    LocalDate returnsDue() {
        return returnsDue;
    }

    List<String> units() {
        return units;
    }

    Instant createdAt() {
        return createdAt;
    }

    String createdBy() {
        return createdBy;
    }
}
