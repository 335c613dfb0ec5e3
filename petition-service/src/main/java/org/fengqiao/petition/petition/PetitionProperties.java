package org.fengqiao.petition.petition;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code fengqiao.petitions.*}: the petition time limits in calendar days (信访工作条例; policy data), the flag
 * thresholds, the deadline alerts and the category catalogue. Unset values keep the defaults below.
 *
 * @param acceptDays             acceptance decision after registration (15)
 * @param replyDays              reply after acceptance (60)
 * @param maxExtensionDays       the one extension, at most (30)
 * @param reviewRequestDays      复查 / 复核 may be requested within so many days of the reply / decision (30)
 * @param reviewDecisionDays     复查 / 复核 decided within (30)
 * @param repeatWindow           the same petitioner on the same category within this window is a repeat (180 days)
 * @param collectiveHeadCount    集体访 from this many people (5)
 * @param approachingWorkingDays deadline.approaching fires so many working days before the due day ends ([3, 1])
 * @param deadlineScanInterval   how often petition deadlines are scanned (one minute)
 * @param categories             the category catalogue by code, seeded from the domain notes
 */
@ConfigurationProperties("fengqiao.petitions")
record PetitionProperties(Integer acceptDays, Integer replyDays, Integer maxExtensionDays, Integer reviewRequestDays,
                          Integer reviewDecisionDays, Duration repeatWindow, Integer collectiveHeadCount,
                          List<Integer> approachingWorkingDays, Duration deadlineScanInterval,
                          Map<String, Category> categories) {

    static final Map<String, Category> DEFAULT_CATEGORIES = defaultCategories();

    PetitionProperties {
        acceptDays = positive("accept-days", acceptDays, 15);
        replyDays = positive("reply-days", replyDays, 60);
        maxExtensionDays = positive("max-extension-days", maxExtensionDays, 30);
        reviewRequestDays = positive("review-request-days", reviewRequestDays, 30);
        reviewDecisionDays = positive("review-decision-days", reviewDecisionDays, 30);
        repeatWindow = repeatWindow == null ? Duration.ofDays(180) : repeatWindow;
        collectiveHeadCount = positive("collective-head-count", collectiveHeadCount, 5);
        approachingWorkingDays = approachingWorkingDays == null ? List.of(3, 1) : List.copyOf(approachingWorkingDays);
        if (approachingWorkingDays.stream().anyMatch(days -> days == null || days < 1)) {
            throw new IllegalArgumentException(
                    "fengqiao.petitions.approaching-working-days must be 1 or more: " + approachingWorkingDays);
        }
        deadlineScanInterval = deadlineScanInterval == null ? Duration.ofMinutes(1) : deadlineScanInterval;
        Map<String, Category> merged = new LinkedHashMap<>(DEFAULT_CATEGORIES);
        if (categories != null) {
            merged.putAll(categories);
        }
        categories = Map.copyOf(merged);
    }

    static PetitionProperties defaults() {
        return new PetitionProperties(null, null, null, null, null, null, null, null, null, null);
    }

    private static int positive(String name, Integer value, int fallback) {
        if (value == null) {
            return fallback;
        }
        if (value < 1) {
            throw new IllegalArgumentException("fengqiao.petitions." + name + " must be 1 or more: " + value);
        }
        return value;
    }

    private static Map<String, Category> defaultCategories() {
        Map<String, Category> seeded = new LinkedHashMap<>();
        seeded.put("land_acquisition", new Category("土地征收", false, null));
        seeded.put("demolition", new Category("房屋拆迁", false, null));
        seeded.put("labour_wages", new Category("劳动工资", false, null));
        seeded.put("social_security", new Category("社会保障", false, null));
        seeded.put("environment", new Category("生态环境", false, null));
        seeded.put("litigation", new Category("涉法涉诉", true,
                "属涉法涉诉事项，建议引导信访人依法通过诉讼、仲裁、行政复议等法定途径解决"));
        seeded.put("cadre_conduct", new Category("干部作风", false, null));
        seeded.put("village_affairs", new Category("村务管理", false, null));
        seeded.put("urban_construction", new Category("城乡建设", false, null));
        seeded.put("other", new Category("其他", false, null));
        return Map.copyOf(seeded);
    }

    /**
     * A petition category.
     *
     * @param name              Chinese name
     * @param litigationRelated whether its matters belong to courts, arbitration or administrative review
     * @param diversionAdvice   the advice registration gives for such matters
     */
    record Category(String name, boolean litigationRelated, String diversionAdvice) {
    }
}
