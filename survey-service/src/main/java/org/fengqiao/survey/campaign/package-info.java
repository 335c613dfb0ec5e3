/**
 * 满意度测评 / 社会评价: evaluation campaigns. A campaign has a questionnaire (3- or 5-level satisfaction scales, single
 * and multiple choice, free text), target units with their teams (工作队), respondent groups with the paper forms
 * issued to each, and a scoring scheme: by default each satisfaction level scores points (满意 5, 一般满意 4, 不满意 3)
 * weighted by its vote share; optionally the 100-point team scheme of seed 002 §5. A unit's score is the mean of its
 * teams'. Answers come from paper forms entered by staff and from citizens online through one-time tokens (public
 * {@code /api/public/evaluations/{token}}). Owns {@code evaluation_campaigns}, {@code evaluation_responses} and
 * {@code evaluation_tokens}.
 */
package org.fengqiao.survey.campaign;
