package org.fengqiao.survey.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The validity rules of a form, and the 5-level scale. */
class QuestionnaireTest {

    private final Campaign campaign = new Campaign("c1", "测评", "330681",
            List.of(new Question("q1", "总体评价", QuestionKind.satisfaction5, null, true),
                    new Question("q2", "是否走访", QuestionKind.single, List.of("走访过", "没有走访过"), true),
                    new Question("q3", "加强方面", QuestionKind.multiple, List.of("宣传", "调解", "整治"), false),
                    new Question("q4", "意见", QuestionKind.text, null, null)),
            List.of(new Unit("u1", "县水利局", null)), List.of(new RespondentGroup("villager_reps", "村民代表", 10)),
            ScoringScheme.standard(), Map.of(), Instant.EPOCH, "tester");

    @Test
    void aFormIsValidWhenEveryRequiredQuestionHasAnAnswerThatFits() {
        assertThat(campaign.problemsOf(Map.of("q1", "very_satisfied", "q2", "走访过"))).isEmpty();
        assertThat(campaign.problemsOf(Map.of("q1", "dissatisfied", "q2", "没有走访过", "q3", List.of("宣传", "整治"),
                "q4", "希望多来"))).isEmpty();
    }

    @Test
    void missingWrongOrUnknownAnswersMakeItInvalid() {
        assertThat(campaign.problemsOf(Map.of("q2", "走访过"))).containsExactly("必答题 q1 未作答");
        assertThat(campaign.problemsOf(Map.of("q1", "", "q2", "走访过"))).containsExactly("必答题 q1 未作答");
        // fairly_satisfied exists on both scales; "excellent" on neither.
        assertThat(campaign.problemsOf(Map.of("q1", "excellent", "q2", "走访过"))).hasSize(1);
        assertThat(campaign.problemsOf(Map.of("q1", "satisfied", "q2", "也许"))).hasSize(1);
        assertThat(campaign.problemsOf(Map.of("q1", "satisfied", "q2", "走访过", "q3", List.of("宣传", "宣传"))))
                .hasSize(1);
        assertThat(campaign.problemsOf(Map.of("q1", "satisfied", "q2", "走访过", "q9", "多余"))).containsExactly("问卷中没有题目 q9");
        assertThat(campaign.problemsOf(Map.of("q1", List.of("satisfied"), "q2", "走访过"))).hasSize(1);
    }

    @Test
    void fiveLevelsScoreFiveToOneByDefaultAndAboveDissatisfiedCountsAsSatisfied() {
        // (5 + 4 + 3 + 2 + 1) / 5 = 3.0; satisfied: very_satisfied, satisfied, fairly_satisfied = 3 of 5 = 60.0 %.
        List<EvaluationResponse> forms = List.of("very_satisfied", "satisfied", "fairly_satisfied", "dissatisfied",
                "very_dissatisfied").stream().map(level -> new EvaluationResponse(level, "c1", "u1", "villager_reps",
                EvaluationResponse.PAPER, Map.of("q1", level, "q2", "走访过"), true, List.of(), Instant.EPOCH, "t")).toList();
        CampaignResults results = Scoring.results(campaign, forms, Map.of("villager_reps", 2L));
        assertThat(results.teams().get(0).score()).isEqualByComparingTo("3.00");
        assertThat(results.teams().get(0).satisfactionRate()).isEqualByComparingTo("60.0");
        // Issued: 10 paper + 2 links = 12; 5 valid -> 41.7 %.
        assertThat(results.issued()).isEqualTo(12);
        assertThat(results.participation()).isEqualByComparingTo("41.7");
    }
}
