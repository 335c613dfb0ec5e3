package org.fengqiao.survey.campaign;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** 测评活动: an evaluation campaign as created, plus the assessors' entries for the 100-point scheme. */
@Document(Campaign.COLLECTION)
record Campaign(@Id String id, String title, String jurisdiction, List<Question> questions,
                List<Unit> units, List<RespondentGroup> groups, ScoringScheme scheme,
                Map<String, TeamAssessment> assessments, Instant createdAt, String createdBy) {

    static final String COLLECTION = "evaluation_campaigns";

    Campaign {
        assessments = assessments == null ? Map.of() : Map.copyOf(assessments);
    }

    Optional<Unit.Team> team(String code) {
        return units.stream().flatMap(unit -> unit.teams().stream()).filter(team -> team.code().equals(code)).findFirst();
    }

    Optional<RespondentGroup> group(String code) {
        return groups.stream().filter(group -> group.code().equals(code)).findFirst();
    }

    Campaign assessed(String team, TeamAssessment assessment) {
        Map<String, TeamAssessment> all = new HashMap<>(assessments);
        all.put(team, assessment);
        return new Campaign(id, title, jurisdiction, questions, units, groups, scheme, all, createdAt, createdBy);
    }

    /**
     * The answers worth keeping of a form: those to questions of this questionnaire shaped as answers can be (text
     * or a list of texts); anything else is reported by {@link #problemsOf} and not stored.
     */
    Map<String, Object> storable(Map<String, Object> answers) {
        Map<String, Object> kept = new HashMap<>();
        answers.forEach((id, answer) -> {
            boolean asked = questions.stream().anyMatch(q -> q.id().equals(id));
            boolean shaped = answer instanceof String
                    || (answer instanceof List<?> list && list.stream().allMatch(String.class::isInstance));
            if (asked && shaped) {
                kept.put(id, answer);
            }
        });
        return kept;
    }

    /** The problems of a form's answers against the questionnaire; empty when the form is valid. */
    List<String> problemsOf(Map<String, Object> answers) {
        java.util.ArrayList<String> problems = new java.util.ArrayList<>();
        for (String id : answers.keySet()) {
            if (questions.stream().noneMatch(q -> q.id().equals(id))) {
                problems.add("问卷中没有题目 " + id);
            }
        }
        for (Question question : questions) {
            Object answer = answers.get(question.id());
            if (Question.blank(answer)) {
                if (Boolean.TRUE.equals(question.required())) {
                    problems.add("必答题 " + question.id() + " 未作答");
                }
                continue;
            }
            String problem = question.problemWith(answer);
            if (problem != null) {
                problems.add(problem);
            }
        }
        return problems;
    }
}
