package org.fengqiao.survey.campaign;

import java.util.HashSet;
import java.util.List;

/**
 * One question of a questionnaire.
 *
 * @param id       short id, unique in the questionnaire; answers are keyed by it
 * @param text     the question as printed
 * @param kind     satisfaction scale, single or multiple choice, or free text
 * @param options  the choices of a single or multiple choice question, as printed; empty otherwise
 * @param required whether a form missing this answer is invalid; optional questions may be left out
 */
record Question(String id, String text, QuestionKind kind, List<String> options, Boolean required) {

    static final int MAX_TEXT = 1000;

    Question {
        options = options == null ? List.of() : List.copyOf(options);
        required = Boolean.TRUE.equals(required);
    }

    void check() {
        if (id == null || !id.matches("[A-Za-z0-9_-]{1,20}")) {
            throw new InvalidCampaign("题目编号（id）须为 1-20 位字母、数字、下划线或连字符");
        }
        if (text == null || text.isBlank() || text.length() > 500) {
            throw new InvalidCampaign("题目 " + id + " 须有题干（text），不超过 500 字");
        }
        if (kind == null) {
            throw new InvalidCampaign("题目 " + id + " 须指明题型（kind）：satisfaction3、satisfaction5、single、multiple 或 text");
        }
        boolean choice = kind == QuestionKind.single || kind == QuestionKind.multiple;
        if (choice && (options.size() < 2 || new HashSet<>(options).size() != options.size()
                || options.stream().anyMatch(o -> o == null || o.isBlank()))) {
            throw new InvalidCampaign("选择题 " + id + " 须有至少两个互不相同的选项（options）");
        }
        if (!choice && !options.isEmpty()) {
            throw new InvalidCampaign("题目 " + id + " 不是选择题，不能有选项（options）");
        }
    }

    /** Why {@code answer} does not fit this question, or {@code null} when it fits. */
    String problemWith(Object answer) {
        switch (kind) {
            case satisfaction3, satisfaction5 -> {
                return answer instanceof String level && kind.levels().contains(level) ? null
                        : "题目 " + id + " 的回答须为 " + String.join("、", kind.levels()) + " 之一";
            }
            case single -> {
                return answer instanceof String option && options.contains(option) ? null
                        : "题目 " + id + " 须选择一个给定选项";
            }
            case multiple -> {
                if (answer instanceof List<?> chosen && !chosen.isEmpty() && options.containsAll(chosen)
                        && new HashSet<>(chosen).size() == chosen.size()) {
                    return null;
                }
                return "题目 " + id + " 须选择一个或多个给定选项，不能重复";
            }
            default -> {
                return answer instanceof String free && free.length() <= MAX_TEXT ? null
                        : "题目 " + id + " 的回答须为不超过 " + MAX_TEXT + " 字的文字";
            }
        }
    }

    /** An answer left blank: null, an empty text or an empty selection. */
    static boolean blank(Object answer) {
        return answer == null || (answer instanceof String s && s.isBlank()) || (answer instanceof List<?> l && l.isEmpty());
    }
}
