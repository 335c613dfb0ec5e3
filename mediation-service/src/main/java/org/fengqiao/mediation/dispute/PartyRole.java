package org.fengqiao.mediation.dispute;

/** A party's role in a dispute. */
enum PartyRole {
    /** 申请人 */
    applicant,
    /** 被申请人 */
    respondent,
    /** 第三人 */
    third_party;

    String label() {
        return switch (this) {
            case applicant -> "申请人";
            case respondent -> "被申请人";
            case third_party -> "第三人";
        };
    }
}
