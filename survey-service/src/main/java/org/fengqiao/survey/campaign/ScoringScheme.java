package org.fengqiao.survey.campaign;

import java.util.List;

/**
 * How a team is scored.
 *
 * <p>{@code vote_share} (default, seed 002 §5): for each satisfaction question, the points of each level weighted by
 * its share of the votes, S = Σ points(level) · votes(level) / votes; a team's score is the mean S of its satisfaction
 * questions. With 满意 5, 一般满意 4, 不满意 3 it lies between 3 and 5.
 *
 * <p>{@code hundred_point} (seed 002 §5, 百分制): conduct 20 = publicity 5 + attendance 5 + study and patrol 5 + public
 * satisfaction 5 (the vote-share S, at most 5), plus performance {@code performancePoints} (80) split evenly over the
 * report, discovery and handling rates entered by the assessors and the satisfaction rate of the forms (满意 and 一般满意
 * out of all votes).
 *
 * @param threeLevelPoints points of 满意, 一般满意, 不满意
 * @param fiveLevelPoints  points of 非常满意, 满意, 一般满意, 不满意, 非常不满意
 */
record ScoringScheme(Kind kind, List<Double> threeLevelPoints, List<Double> fiveLevelPoints, Double performancePoints) {

    enum Kind { vote_share, hundred_point }

    static final List<Double> THREE_LEVELS = List.of(5.0, 4.0, 3.0);
    static final List<Double> FIVE_LEVELS = List.of(5.0, 4.0, 3.0, 2.0, 1.0);

    ScoringScheme {
        kind = kind == null ? Kind.vote_share : kind;
        threeLevelPoints = threeLevelPoints == null ? THREE_LEVELS : List.copyOf(threeLevelPoints);
        fiveLevelPoints = fiveLevelPoints == null ? FIVE_LEVELS : List.copyOf(fiveLevelPoints);
        performancePoints = performancePoints == null ? 80.0 : performancePoints;
    }

    static ScoringScheme standard() {
        return new ScoringScheme(null, null, null, null);
    }

    void check() {
        if (threeLevelPoints.size() != 3 || fiveLevelPoints.size() != 5) {
            throw new InvalidCampaign("计分方案须给出 3 档（threeLevelPoints）和 5 档（fiveLevelPoints）各自的分值");
        }
        for (List<Double> points : List.of(threeLevelPoints, fiveLevelPoints)) {
            if (points.stream().anyMatch(p -> p == null || p < 0 || p > 100)) {
                throw new InvalidCampaign("计分方案的分值须在 0 到 100 之间");
            }
        }
        if (performancePoints < 0 || performancePoints > 100) {
            throw new InvalidCampaign("工作业绩分值（performancePoints）须在 0 到 100 之间");
        }
    }

    double points(QuestionKind kind, String level) {
        List<Double> points = kind == QuestionKind.satisfaction3 ? threeLevelPoints : fiveLevelPoints;
        return points.get(kind.levels().indexOf(level));
    }
}
