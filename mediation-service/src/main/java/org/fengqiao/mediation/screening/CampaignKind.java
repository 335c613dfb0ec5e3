package org.fengqiao.mediation.screening;

/** 排查类型. */
enum CampaignKind {
    /** 日常滚动排查 */
    daily,
    /** 月度排查 */
    monthly,
    /** 专项排查 */
    special,
    /** 集中排查 (e.g. around the national sessions) */
    concentrated
}
