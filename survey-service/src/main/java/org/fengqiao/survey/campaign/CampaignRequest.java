package org.fengqiao.survey.campaign;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code POST /api/evaluations}: a new campaign.
 *
 * @param jurisdiction the division the campaign belongs to; the caller's own when absent
 * @param scheme       {@code null} for the default vote-share scheme (满意 5, 一般满意 4, 不满意 3)
 */
record CampaignRequest(String title, String jurisdiction, List<Question> questions, List<Unit> units,
                       List<RespondentGroup> groups, ScoringScheme scheme) {

    void check() {
        if (title == null || title.isBlank() || title.length() > 100) {
            throw new InvalidCampaign("测评活动须有标题（title），不超过 100 字");
        }
        if (questions == null || questions.isEmpty() || questions.size() > 50) {
            throw new InvalidCampaign("问卷须有 1 到 50 道题（questions）");
        }
        Set<String> ids = new HashSet<>();
        for (Question question : questions) {
            if (question == null) {
                throw new InvalidCampaign("题目不能为 null");
            }
            question.check();
            if (!ids.add(question.id())) {
                throw new InvalidCampaign("题目编号 " + question.id() + " 重复");
            }
        }
        if (questions.stream().noneMatch(q -> q.kind().scored())) {
            throw new InvalidCampaign("问卷须至少有一道满意度题（satisfaction3 或 satisfaction5），否则无法计分");
        }
        if (units == null || units.isEmpty() || units.size() > 200) {
            throw new InvalidCampaign("须有 1 到 200 个被测评单位（units）");
        }
        Set<String> codes = new HashSet<>();
        for (Unit unit : units) {
            if (unit == null || badCode(unit.code()) || blank(unit.name())) {
                throw new InvalidCampaign("被测评单位须有代码（code，1-40 位字母、数字、下划线或连字符）和名称（name）");
            }
            if (!codes.add("unit:" + unit.code())) {
                throw new InvalidCampaign("被测评单位代码 " + unit.code() + " 重复");
            }
            for (Unit.Team team : unit.teams()) {
                if (team == null || badCode(team.code()) || blank(team.name())) {
                    throw new InvalidCampaign("工作队须有代码（code，1-40 位字母、数字、下划线或连字符）和名称（name）");
                }
                if (!codes.add("team:" + team.code())) {
                    throw new InvalidCampaign("工作队代码 " + team.code() + " 重复");
                }
            }
        }
        if (groups == null || groups.isEmpty() || groups.size() > 20) {
            throw new InvalidCampaign("须有 1 到 20 个测评对象群体（groups），如村民代表、党员、企业");
        }
        Set<String> groupCodes = new HashSet<>();
        for (RespondentGroup group : groups) {
            if (group == null || badCode(group.code()) || blank(group.name())) {
                throw new InvalidCampaign("测评对象群体须有代码（code，1-40 位字母、数字、下划线或连字符）和名称（name）");
            }
            if (group.formsIssued() < 0 || group.formsIssued() > 100_000) {
                throw new InvalidCampaign("发放纸质表数（formsIssued）须在 0 到 100000 之间");
            }
            if (!groupCodes.add(group.code())) {
                throw new InvalidCampaign("测评对象群体代码 " + group.code() + " 重复");
            }
        }
        if (scheme != null) {
            scheme.check();
        }
    }

    private static boolean badCode(String code) {
        return code == null || !code.matches("[A-Za-z0-9_-]{1,40}");
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank() || value.length() > 100;
    }
}
