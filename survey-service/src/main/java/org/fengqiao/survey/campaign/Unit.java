package org.fengqiao.survey.campaign;

import java.util.List;

/**
 * 被测评单位: a unit under evaluation with the teams (工作队) it sent out; a unit without teams is rated as one team of
 * its own code.
 */
record Unit(String code, String name, List<Team> teams) {

    Unit {
        teams = teams == null || teams.isEmpty() ? List.of(new Team(code, name)) : List.copyOf(teams);
    }

    /** A team evaluated on its own forms. */
    record Team(String code, String name) {
    }
}
