package org.fengqiao.survey.campaign;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

import org.fengqiao.survey.campaign.CampaignResults.GroupReturns;
import org.fengqiao.survey.campaign.CampaignResults.TeamScore;
import org.fengqiao.survey.campaign.CampaignResults.UnitScore;

/** The arithmetic of a campaign's results; see {@link ScoringScheme} for the formulas. */
final class Scoring {

    private Scoring() {
    }

    static CampaignResults results(Campaign campaign, List<EvaluationResponse> responses, Map<String, Long> tokensByGroup) {
        List<GroupReturns> groups = new ArrayList<>();
        long issued = 0;
        for (RespondentGroup group : campaign.groups()) {
            long groupIssued = group.formsIssued() + tokensByGroup.getOrDefault(group.code(), 0L);
            long returned = responses.stream().filter(r -> r.group().equals(group.code())).count();
            long valid = responses.stream().filter(r -> r.group().equals(group.code()) && r.valid()).count();
            groups.add(new GroupReturns(group.code(), group.name(), groupIssued, returned, valid, percent(valid, groupIssued)));
            issued += groupIssued;
        }
        long returned = responses.size();
        long valid = responses.stream().filter(EvaluationResponse::valid).count();

        ScoringScheme scheme = campaign.scheme();
        List<TeamScore> teams = new ArrayList<>();
        Map<String, Double> teamScores = new LinkedHashMap<>();
        for (Unit unit : campaign.units()) {
            for (Unit.Team team : unit.teams()) {
                List<EvaluationResponse> forms = responses.stream()
                        .filter(r -> r.valid() && r.team().equals(team.code())).toList();
                TeamScore score = team(campaign, scheme, unit, team, forms);
                teams.add(score);
                if (score.score() != null) {
                    teamScores.put(team.code(), exactScore(campaign, scheme, team, forms));
                }
            }
        }

        List<UnitScore> units = new ArrayList<>();
        for (Unit unit : campaign.units()) {
            OptionalDouble mean = unit.teams().stream().filter(t -> teamScores.containsKey(t.code()))
                    .mapToDouble(t -> teamScores.get(t.code())).average();
            units.add(new UnitScore(null, unit.code(), unit.name(), mean.isPresent() ? round(mean.getAsDouble()) : null,
                    unit.teams().stream().map(Unit.Team::code).toList()));
        }
        return new CampaignResults(campaign.id(), campaign.title(), scheme.kind().name(), issued, returned, valid,
                percent(valid, issued), groups, teams, ranked(units));
    }

    private static TeamScore team(Campaign campaign, ScoringScheme scheme, Unit unit, Unit.Team team,
                                  List<EvaluationResponse> forms) {
        Map<String, Map<String, Long>> votes = new LinkedHashMap<>();
        for (Question question : campaign.questions()) {
            if (!question.kind().scored()) {
                continue;
            }
            Map<String, Long> counts = new LinkedHashMap<>();
            question.kind().levels().forEach(level -> counts.put(level, 0L));
            for (EvaluationResponse form : forms) {
                if (form.answers().get(question.id()) instanceof String level && counts.containsKey(level)) {
                    counts.merge(level, 1L, Long::sum);
                }
            }
            votes.put(question.id(), counts);
        }
        Double voteShare = voteShare(campaign, scheme, forms);
        Double exact = exactScore(campaign, scheme, team, forms);
        return new TeamScore(team.code(), team.name(), unit.code(), forms.size(), votes,
                voteShare == null ? null : round(voteShare), satisfactionRate(campaign, forms), exact == null ? null : round(exact));
    }

    /** The team's score under the scheme, unrounded; {@code null} when it cannot be scored yet. */
    static Double exactScore(Campaign campaign, ScoringScheme scheme, Unit.Team team, List<EvaluationResponse> forms) {
        Double voteShare = voteShare(campaign, scheme, forms);
        if (voteShare == null) {
            return null;
        }
        if (scheme.kind() == ScoringScheme.Kind.vote_share) {
            return voteShare;
        }
        TeamAssessment assessment = campaign.assessments().get(team.code());
        if (assessment == null) {
            return null;
        }
        double best = scheme.threeLevelPoints().stream().mapToDouble(Double::doubleValue).max().orElse(5.0);
        double satisfactionItem = best == 0 ? 0 : 5.0 * voteShare / best;
        double conduct = assessment.publicity() + assessment.attendance() + assessment.study() + satisfactionItem;
        double rate = satisfactionShare(campaign, forms);
        double performance = scheme.performancePoints() / 4
                * (assessment.reportRate() + assessment.discoveryRate() + assessment.handlingRate() + rate);
        return conduct + performance;
    }

    /** Mean over the satisfaction questions (with votes) of Σ points(level) · votes(level) / votes. */
    static Double voteShare(Campaign campaign, ScoringScheme scheme, List<EvaluationResponse> forms) {
        double sum = 0;
        int questions = 0;
        for (Question question : campaign.questions()) {
            if (!question.kind().scored()) {
                continue;
            }
            double points = 0;
            long votes = 0;
            for (EvaluationResponse form : forms) {
                if (form.answers().get(question.id()) instanceof String level && question.kind().levels().contains(level)) {
                    points += scheme.points(question.kind(), level);
                    votes++;
                }
            }
            if (votes > 0) {
                sum += points / votes;
                questions++;
            }
        }
        return questions == 0 ? null : sum / questions;
    }

    private static double satisfactionShare(Campaign campaign, List<EvaluationResponse> forms) {
        long satisfied = 0;
        long votes = 0;
        for (Question question : campaign.questions()) {
            for (EvaluationResponse form : forms) {
                if (question.kind().scored() && form.answers().get(question.id()) instanceof String level
                        && question.kind().levels().contains(level)) {
                    votes++;
                    if (question.kind().satisfied(level)) {
                        satisfied++;
                    }
                }
            }
        }
        return votes == 0 ? 0 : (double) satisfied / votes;
    }

    private static BigDecimal satisfactionRate(Campaign campaign, List<EvaluationResponse> forms) {
        long votes = 0;
        long satisfied = 0;
        for (Question question : campaign.questions()) {
            for (EvaluationResponse form : forms) {
                if (question.kind().scored() && form.answers().get(question.id()) instanceof String level
                        && question.kind().levels().contains(level)) {
                    votes++;
                    satisfied += question.kind().satisfied(level) ? 1 : 0;
                }
            }
        }
        return percent(satisfied, votes);
    }

    /** Best first; equal scores share a rank (1, 1, 3); units that cannot be scored yet come last, unranked. */
    private static List<UnitScore> ranked(List<UnitScore> units) {
        List<UnitScore> sorted = new ArrayList<>(units);
        sorted.sort(Comparator.comparing(UnitScore::score, Comparator.nullsLast(Comparator.reverseOrder())));
        List<UnitScore> ranked = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            UnitScore unit = sorted.get(i);
            Integer rank = null;
            if (unit.score() != null) {
                rank = i > 0 && unit.score().compareTo(sorted.get(i - 1).score() == null ? BigDecimal.ZERO
                        : sorted.get(i - 1).score()) == 0 ? ranked.get(i - 1).rank() : i + 1;
            }
            ranked.add(new UnitScore(rank, unit.code(), unit.name(), unit.score(), unit.teams()));
        }
        return ranked;
    }

    static BigDecimal round(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP);
    }

    private static BigDecimal percent(long part, long whole) {
        return whole == 0 ? null : BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }
}
