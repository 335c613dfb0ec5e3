package org.fengqiao.mediation.dispute;

import java.time.Instant;

/**
 * 回访: the return visit of the dispute's agreement ended without sending it back (survey-service's
 * {@code return-visit.completed}).
 *
 * @param returnVisitId survey-service's id of the visit
 * @param reached       whether the parties were reached (an ended visit that was not reached: 无法联系)
 * @param satisfaction  {@code satisfied}, {@code basically_satisfied}, {@code dissatisfied} (subjective) or
 *                      {@code null} when not reached
 * @param at            when the outcome was recorded
 */
record ReturnVisitNote(String returnVisitId, boolean reached, String satisfaction, Instant at) {

    String label() {
        if (!reached) {
            return "无法联系";
        }
        return switch (satisfaction == null ? "" : satisfaction) {
            case "satisfied" -> "满意";
            case "basically_satisfied" -> "基本满意";
            case "dissatisfied" -> "不满意（主观性）";
            default -> "已回访";
        };
    }
}
