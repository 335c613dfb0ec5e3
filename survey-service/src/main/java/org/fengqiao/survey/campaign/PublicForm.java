package org.fengqiao.survey.campaign;

import java.util.List;

/** What a citizen sees behind a one-time link: the questionnaire and whom it rates, nothing else of the campaign. */
record PublicForm(String title, String team, String group, List<Question> questions) {

    static PublicForm of(Campaign campaign, EvaluationToken token) {
        return new PublicForm(campaign.title(), campaign.team(token.team()).map(Unit.Team::name).orElse(token.team()),
                campaign.group(token.group()).map(RespondentGroup::name).orElse(token.group()), campaign.questions());
    }
}
