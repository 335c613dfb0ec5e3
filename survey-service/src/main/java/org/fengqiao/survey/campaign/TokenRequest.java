package org.fengqiao.survey.campaign;

/** {@code POST /api/evaluations/{id}/tokens}: one-time links for {@code count} respondents of a group rating a team. */
record TokenRequest(String team, String group, Integer count) {
}
