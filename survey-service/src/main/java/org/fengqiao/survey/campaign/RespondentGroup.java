package org.fengqiao.survey.campaign;

/**
 * 测评对象: a group of respondents, e.g. {@code villager_reps} 村民代表, {@code party_members} 党员, {@code enterprises} 企业.
 *
 * @param formsIssued paper forms handed out to this group (online tokens are counted as they are issued)
 */
record RespondentGroup(String code, String name, int formsIssued) {
}
