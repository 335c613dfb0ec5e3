package org.fengqiao.mediation.dispute;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * 风险等级 1 (低) to 4 (重大): derived from the signals with the reasons, unless someone overrode it.
 *
 * @param derivedGrade what the signals give
 * @param reasons      why, one line per signal, in Chinese
 * @param override     the hand-set grade with its reason, or {@code null}
 */
record RiskAssessment(int derivedGrade, List<String> reasons, ManualGrade override) {

    static final int LOWEST = 1;
    static final int HIGHEST = 4;

    /** A grade set by hand over the derived one. */
    record ManualGrade(int grade, String reason, String by, Instant at) {
    }

    static RiskAssessment derive(RiskSignals signals, RiskPolicy policy) {
        int grade = LOWEST;
        List<String> reasons = new ArrayList<>();
        if (signals.massIncidentRisk()) {
            grade = HIGHEST;
            reasons.add("存在群体性事件风险");
        }
        if (signals.peopleInvolved() >= policy.collectiveThreshold() * 2) {
            grade = Math.max(grade, 4);
            reasons.add("涉及 %d 人，达到群体性纠纷标准（%d 人）两倍以上".formatted(signals.peopleInvolved(),
                    policy.collectiveThreshold()));
        } else if (signals.peopleInvolved() >= policy.collectiveThreshold()) {
            grade = Math.max(grade, 3);
            reasons.add("涉及 %d 人，属群体性纠纷（%d 人及以上）".formatted(signals.peopleInvolved(),
                    policy.collectiveThreshold()));
        }
        if (signals.amount() != null && signals.amount() >= policy.majorAmount()) {
            grade = Math.max(grade, 3);
            reasons.add("争议金额 %d 元，达到重大金额标准（%d 元）".formatted(signals.amount(), policy.majorAmount()));
        } else if (signals.amount() != null && signals.amount() >= policy.largeAmount()) {
            grade = Math.max(grade, 2);
            reasons.add("争议金额 %d 元，达到较大金额标准（%d 元）".formatted(signals.amount(), policy.largeAmount()));
        }
        if (signals.urgent()) {
            grade = Math.max(grade, 2);
            reasons.add("上报时标为紧急");
        }
        if (signals.repeat()) {
            grade = Math.min(HIGHEST, grade + 1);
            reasons.add("同一当事人在本地已有纠纷记录（重复纠纷），等级上调一级");
        }
        if (reasons.isEmpty()) {
            reasons.add("未发现风险信号，按一般纠纷处理");
        }
        return new RiskAssessment(grade, List.copyOf(reasons), null);
    }

    int grade() {
        return override == null ? derivedGrade : override.grade();
    }

    RiskAssessment overriddenBy(ManualGrade override) {
        return new RiskAssessment(derivedGrade, reasons, override);
    }
}
