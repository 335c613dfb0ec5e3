package org.fengqiao.survey.campaign;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * A campaign's returns, scores and ranking.
 *
 * @param issued        forms handed out: paper forms of every group plus online tokens issued
 * @param returned      forms returned, valid or not
 * @param valid         valid forms
 * @param participation 参与率: valid forms out of forms issued, in percent (one decimal); {@code null} when none issued
 * @param units         units ranked by score, best first; equal scores share a rank
 */
record CampaignResults(String campaignId, String title, String scheme, long issued, long returned, long valid,
                       BigDecimal participation, List<GroupReturns> groups, List<TeamScore> teams,
                       List<UnitScore> units) {

    record GroupReturns(String code, String name, long issued, long returned, long valid, BigDecimal participation) {
    }

    /**
     * @param votes             votes per level, per satisfaction question
     * @param voteShareScore    mean over the satisfaction questions of Σ points · vote share (two decimals)
     * @param satisfactionRate  满意率: votes above 不满意 out of all satisfaction votes, in percent
     * @param score             the team's score under the campaign's scheme; {@code null} when it cannot be scored
     *                          yet (no votes, or no assessment under the 100-point scheme)
     */
    record TeamScore(String code, String name, String unit, long forms, Map<String, Map<String, Long>> votes,
                     BigDecimal voteShareScore, BigDecimal satisfactionRate, BigDecimal score) {
    }

    /** @param score the mean of its teams' scores (teams that cannot be scored yet left out) */
    record UnitScore(Integer rank, String code, String name, BigDecimal score, List<String> teams) {
    }
}
