package org.fengqiao.mediation.dispute;

/** A party's role in a dispute. */
enum PartyRole {
    /** 申请人 */
    applicant,
    /** 被申请人 */
    respondent,
    /** 第三人 */
    third_party
}
