package org.fengqiao.mediation.dispute;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RiskAssessmentTest {

    private final RiskPolicy policy = RiskPolicy.defaults();

    @Test
    void withoutSignalsADisputeIsGradeOneAndSaysSo() {
        RiskAssessment risk = RiskAssessment.derive(new RiskSignals(2, null, false, false, false), policy);

        assertThat(risk.grade()).isEqualTo(1);
        assertThat(risk.reasons()).containsExactly("未发现风险信号，按一般纠纷处理");
    }

    @Test
    void eachSignalRaisesTheGradeAndNamesItself() {
        assertThat(grade(new RiskSignals(2, 150_000L, false, false, false))).isEqualTo(2);
        assertThat(grade(new RiskSignals(5, null, false, false, false))).isEqualTo(3);
        assertThat(grade(new RiskSignals(2, 2_000_000L, false, false, false))).isEqualTo(3);
        assertThat(grade(new RiskSignals(10, null, false, false, false))).isEqualTo(4);
        assertThat(grade(new RiskSignals(2, null, false, false, true))).isEqualTo(4);
        assertThat(grade(new RiskSignals(2, null, false, true, false))).isEqualTo(2);
    }

    @Test
    void aRepeatDisputeIsOneGradeHigherButNeverAboveFour() {
        RiskAssessment risk = RiskAssessment.derive(new RiskSignals(6, null, true, false, false), policy);

        assertThat(risk.grade()).isEqualTo(4);
        assertThat(risk.reasons()).containsExactly("涉及 6 人，属群体性纠纷（5 人及以上）",
                "同一当事人在本地已有纠纷记录（重复纠纷），等级上调一级");
        assertThat(grade(new RiskSignals(2, null, true, false, true))).isEqualTo(4);
    }

    @Test
    void anOverrideWinsAndKeepsTheDerivedGradeAndReasons() {
        RiskAssessment derived = RiskAssessment.derive(new RiskSignals(2, null, false, false, false), policy);

        RiskAssessment overridden = derived.overriddenBy(new RiskAssessment.ManualGrade(3, "扬言上访", "me", null));

        assertThat(overridden.grade()).isEqualTo(3);
        assertThat(overridden.derivedGrade()).isEqualTo(1);
        assertThat(overridden.reasons()).isEqualTo(derived.reasons());
    }

    private int grade(RiskSignals signals) {
        return RiskAssessment.derive(signals, policy).grade();
    }
}
