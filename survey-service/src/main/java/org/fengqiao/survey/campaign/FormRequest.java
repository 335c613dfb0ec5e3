package org.fengqiao.survey.campaign;

import java.util.Map;

/**
 * {@code POST /api/evaluations/{id}/responses}: one paper form as staff type it in.
 *
 * @param team    the team the form rates
 * @param group   the respondent group of whoever filled it in
 * @param answers answers by question id: a level for a satisfaction question, an option for a single choice, a list
 *                of options for a multiple choice, text for free text
 */
record FormRequest(String team, String group, Map<String, Object> answers) {
}
