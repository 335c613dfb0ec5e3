package org.fengqiao.petition.petition;

/**
 * What registration found about a petition.
 *
 * @param collective        集体访: head count at or above the threshold
 * @param skipLevel         越级: filed at the county for a place a township owns
 * @param repeat            重复访: same petitioner, same category within the window
 * @param repeatOf          the earlier petition's id
 * @param litigationRelated 涉法涉诉 category
 * @param diversionAdvice   where to divert a litigation-related matter, or {@code null}
 * @param afterTermination  the same petitioner and category were terminated after 复核: not to be accepted
 */
record Flags(boolean collective, boolean skipLevel, boolean repeat, String repeatOf, boolean litigationRelated,
             String diversionAdvice, boolean afterTermination) {

    boolean firstPetition() {
        return !repeat && !afterTermination;
    }
}
