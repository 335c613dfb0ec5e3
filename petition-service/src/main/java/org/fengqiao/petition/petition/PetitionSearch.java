package org.fengqiao.petition.petition;

import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.fengqiao.petition.listing.CsvExport;
import org.fengqiao.petition.listing.ListSpec;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Component;

/**
 * What petition lists filter and sort by (the categories come from the configurable catalogue), and the columns of
 * their CSV export: the first petitioner's phone masked, never an ID-card number.
 */
@Component
class PetitionSearch {

    private static final Pattern UNIT = Pattern.compile("(\\d{6}(?:\\d{3}){0,2})(?::([a-z][a-z0-9_-]{1,31}))?");
    /** The states in which {@code dueAt} holds a running deadline ({@link Petition#runningDeadlines()}). */
    private static final String[] RUNNING = {PetitionState.registered.name(), PetitionState.accepted.name(),
            PetitionState.assigned.name(), PetitionState.returned.name(), PetitionState.escalated.name(),
            PetitionState.reopened.name(), PetitionState.review_requested.name(),
            PetitionState.re_review_requested.name()};

    private final ListSpec<Petition> spec;
    private final PetitionProperties properties;

    PetitionSearch(PetitionProperties properties) {
        this.properties = properties;
        this.spec = ListSpec.builder(Petition.class, Petition::id)
                .states("state", PetitionState.class)
                .categories("category", List.copyOf(properties.categories().keySet()))
                // The place, or the unit holding it now (a county department holds cases placed in townships).
                .subtree("place.jurisdiction", "holder.jurisdiction")
                .holder(PetitionSearch::heldBy)
                .flag("collective", () -> Criteria.where("flags.collective").is(true))
                .flag("skipLevel", () -> Criteria.where("flags.skipLevel").is(true))
                .flag("repeat", () -> Criteria.where("flags.repeat").is(true))
                .flag("litigationRelated", () -> Criteria.where("flags.litigationRelated").is(true))
                .flag("supervised", () -> Criteria.where("supervisions.0").exists(true))
                .due("dueAt", RUNNING)
                .sortable("registeredAt", "registeredAt")
                .sortable("dueAt", "dueAt")
                .sortable("number", "number")
                .sortable("state", "state")
                .sortable("category", "category")
                .sortable("headCount", "headCount")
                .build();
    }

    ListSpec<Petition> spec() {
        return spec;
    }

    static Criteria heldBy(String code) {
        Matcher unit = UNIT.matcher(code);
        if (!unit.matches()) {
            throw new IllegalArgumentException("承办单位应为区划代码（如 330681101）或 区划代码:部门代码（如 330681:rsj）");
        }
        return Criteria.where("holder.jurisdiction").is(unit.group(1)).and("holder.department").is(unit.group(2));
    }

    /** The export's columns; "是否超期" is judged at {@code now}. */
    CsvExport<Petition> csv(Instant now) {
        return CsvExport.of(
                new CsvExport.Column<>("信访编号", Petition::number),
                new CsvExport.Column<>("状态", p -> p.state().label()),
                new CsvExport.Column<>("登记渠道", p -> label(p.channel())),
                new CsvExport.Column<>("类别", p -> categoryName(p.category())),
                new CsvExport.Column<>("信访人", p -> first(p) == null ? null : first(p).name()),
                new CsvExport.Column<>("联系电话", p -> first(p) == null ? null : PetitionSummary.mask(first(p).phone())),
                new CsvExport.Column<>("人数", p -> String.valueOf(p.headCount())),
                new CsvExport.Column<>("标记", PetitionSearch::flags),
                new CsvExport.Column<>("事项内容", Petition::content),
                new CsvExport.Column<>("事发地", p -> p.place().jurisdiction()),
                new CsvExport.Column<>("承办单位", Petition::holderCode),
                new CsvExport.Column<>("包案领导", p -> p.owner() == null ? null : p.owner().name() + "（" + p.owner().unit() + "）"),
                new CsvExport.Column<>("登记时间", p -> CsvExport.time(p.registeredAt())),
                new CsvExport.Column<>("办理期限", p -> CsvExport.time(p.dueAt())),
                new CsvExport.Column<>("是否超期", p -> overdue(p, now) ? "是" : "否"),
                new CsvExport.Column<>("督办次数", p -> String.valueOf(p.supervisions().size())));
    }

    static boolean overdue(Petition petition, Instant now) {
        return petition.dueAt() != null && List.of(RUNNING).contains(petition.state().name())
                && petition.dueAt().isBefore(now);
    }

    private String categoryName(String code) {
        PetitionProperties.Category category = properties.categories().get(code);
        return category == null ? code : category.name();
    }

    private static StoredPetitioner first(Petition petition) {
        return petition.petitioners().isEmpty() ? null : petition.petitioners().get(0);
    }

    private static String flags(Petition p) {
        StringBuilder text = new StringBuilder();
        Flags flags = p.flags();
        if (flags.collective()) {
            text.append("集体访 ");
        }
        if (flags.repeat()) {
            text.append("重复访 ");
        }
        if (flags.skipLevel()) {
            text.append("越级 ");
        }
        if (flags.litigationRelated()) {
            text.append("涉法涉诉 ");
        }
        if (!p.supervisions().isEmpty()) {
            text.append("督办 ");
        }
        return text.toString().trim();
    }

    static String label(Channel channel) {
        return switch (channel) {
            case letter -> "来信";
            case visit -> "来访";
            case online -> "网上信访";
            case phone -> "来电";
            case leader_reception -> "领导接访";
            case hotline_transfer -> "12345转办";
            case grid_report -> "网格上报";
            case mediation_diversion -> "调解分流";
        };
    }
}
