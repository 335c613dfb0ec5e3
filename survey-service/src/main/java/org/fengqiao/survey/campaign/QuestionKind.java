package org.fengqiao.survey.campaign;

import java.util.List;

/** What a question asks for. The satisfaction scales list their levels from the best to the worst. */
enum QuestionKind {
    /** 满意 / 一般满意 / 不满意. */
    satisfaction3(List.of("satisfied", "fairly_satisfied", "dissatisfied")),
    /** 非常满意 / 满意 / 一般满意 / 不满意 / 非常不满意. */
    satisfaction5(List.of("very_satisfied", "satisfied", "fairly_satisfied", "dissatisfied", "very_dissatisfied")),
    single(List.of()),
    multiple(List.of()),
    text(List.of());

    private final List<String> levels;

    QuestionKind(List<String> levels) {
        this.levels = levels;
    }

    List<String> levels() {
        return levels;
    }

    boolean scored() {
        return !levels.isEmpty();
    }

    /** The levels that count as satisfied in a satisfaction rate: every level above 不满意. */
    boolean satisfied(String level) {
        return scored() && !level.contains("dissatisfied");
    }
}
