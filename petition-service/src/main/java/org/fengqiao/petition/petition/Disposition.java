package org.fengqiao.petition.petition;

/** How a demand was disposed of in the reply (答复). */
enum Disposition {
    /** 诉求合法，予以解决 */
    resolved,
    /** 合理但无明确规定，予以解决并建议完善政策 */
    resolved_rule_proposed,
    /** 合理但暂不具备条件，解释说明并明确解决时间 (resolveBy required) */
    explained_later,
    /** 诉求不合理，做好解释疏导 */
    explained,
    /** 诉求违法，依法处理 */
    referred
}
