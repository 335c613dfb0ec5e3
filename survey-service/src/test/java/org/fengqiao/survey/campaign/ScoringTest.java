package org.fengqiao.survey.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.fengqiao.survey.campaign.CampaignResults.UnitScore;
import org.junit.jupiter.api.Test;

/** The 100-point team scheme of seed 002 §5 and configurable level points, on hand-computed examples. */
class ScoringTest {

    private static final List<Unit> UNITS = List.of(
            new Unit("jiaotong", "县交通运输局", List.of(new Unit.Team("t1", "驻枫源村工作队"), new Unit.Team("t2", "驻陈家村工作队"))),
            new Unit("shuili", "县水利局", null));

    @Test
    void theHundredPointSchemeAddsConductAndPerformanceAndAUnitIsTheMeanOfItsTeams() {
        ScoringScheme scheme = new ScoringScheme(ScoringScheme.Kind.hundred_point, null, null, null);
        Campaign campaign = campaign(scheme, Map.of(
                "t1", new TeamAssessment(5, 4, 5, 0.9, 0.8, 1.0),
                "t2", new TeamAssessment(5, 5, 5, 1.0, 1.0, 0.6)));
        List<EvaluationResponse> forms = new ArrayList<>();
        forms.addAll(votes("t1", "satisfied", 3));
        forms.addAll(votes("t1", "fairly_satisfied", 1));
        forms.addAll(votes("t2", "satisfied", 1));
        forms.addAll(votes("t2", "fairly_satisfied", 1));
        forms.addAll(votes("t2", "dissatisfied", 2));
        forms.addAll(votes("shuili", "satisfied", 2));

        CampaignResults results = Scoring.results(campaign, forms, Map.of());

        // t1: S = (3 x 5 + 4) / 4 = 4.75; conduct 5 + 4 + 5 + 4.75 = 18.75;
        //     performance 80 / 4 x (0.9 + 0.8 + 1.0 + 4/4 satisfied) = 20 x 3.7 = 74; total 92.75.
        assertThat(results.teams().get(0).score()).isEqualByComparingTo("92.75");
        // t2: S = (5 + 4 + 3 + 3) / 4 = 3.75; conduct 5 + 5 + 5 + 3.75 = 18.75;
        //     performance 20 x (1.0 + 1.0 + 0.6 + 2/4 satisfied) = 20 x 3.1 = 62; total 80.75.
        assertThat(results.teams().get(1).score()).isEqualByComparingTo("80.75");
        // 县交通运输局 (92.75 + 80.75) / 2 = 86.75; 县水利局 has votes but no assessment yet: unscored, unranked, last.
        UnitScore first = results.units().get(0);
        assertThat(first.code()).isEqualTo("jiaotong");
        assertThat(first.rank()).isEqualTo(1);
        assertThat(first.score()).isEqualByComparingTo("86.75");
        assertThat(results.units().get(1).rank()).isNull();
        assertThat(results.units().get(1).score()).isNull();
        assertThat(results.teams().get(2).voteShareScore()).isEqualByComparingTo("5.00");
    }

    @Test
    void levelPointsAreConfigurableAndEqualScoresShareARank() {
        ScoringScheme scheme = new ScoringScheme(null, List.of(100.0, 80.0, 60.0), null, null);
        Campaign campaign = campaign(scheme, Map.of());
        List<EvaluationResponse> forms = new ArrayList<>();
        forms.addAll(votes("t1", "satisfied", 3));
        forms.addAll(votes("t1", "fairly_satisfied", 1));
        forms.addAll(votes("t2", "satisfied", 1));
        forms.addAll(votes("t2", "dissatisfied", 1));
        forms.addAll(votes("shuili", "fairly_satisfied", 1));

        CampaignResults results = Scoring.results(campaign, forms, Map.of());

        // t1 (3 x 100 + 80) / 4 = 95; t2 (100 + 60) / 2 = 80; 县交通运输局 (95 + 80) / 2 = 87.5.
        assertThat(results.teams().get(0).score()).isEqualByComparingTo("95.00");
        assertThat(results.teams().get(1).score()).isEqualByComparingTo("80.00");
        assertThat(results.units()).extracting(UnitScore::code, UnitScore::rank)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("jiaotong", 1), org.assertj.core.groups.Tuple.tuple("shuili", 2));
        assertThat(results.units().get(0).score()).isEqualByComparingTo("87.50");
        // 县水利局: one 一般满意 = 80. With five 满意 and two 不满意 more: (5 x 100 + 80 + 2 x 60) / 8 = 87.5, a tie.
        forms.addAll(votes("shuili", "satisfied", 5));
        forms.addAll(votes("shuili", "dissatisfied", 2));
        List<UnitScore> tied = Scoring.results(campaign, forms, Map.of()).units();
        assertThat(tied).extracting(UnitScore::rank).containsExactly(1, 1);
        assertThat(tied).extracting(UnitScore::score).allSatisfy(score -> assertThat(score).isEqualByComparingTo("87.50"));
    }

    private static Campaign campaign(ScoringScheme scheme, Map<String, TeamAssessment> assessments) {
        return new Campaign("c1", "测评", "330681",
                List.of(new Question("q1", "总体评价", QuestionKind.satisfaction3, null, true),
                        new Question("q2", "意见", QuestionKind.text, null, false)),
                UNITS, List.of(new RespondentGroup("villager_reps", "村民代表", 50)), scheme, assessments,
                Instant.EPOCH, "tester");
    }

    private static List<EvaluationResponse> votes(String team, String level, int count) {
        List<EvaluationResponse> forms = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            forms.add(new EvaluationResponse(team + level + i, "c1", team, "villager_reps", EvaluationResponse.PAPER,
                    Map.of("q1", level), true, List.of(), Instant.EPOCH, "tester"));
        }
        return forms;
    }
}
