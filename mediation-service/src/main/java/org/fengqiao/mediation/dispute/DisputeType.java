package org.fengqiao.mediation.dispute;

/** 纠纷类型. */
enum DisputeType {
    /** 土地 */
    land,
    /** 婚姻家庭 */
    marriage_family,
    /** 邻里 */
    neighbour,
    /** 劳动争议、欠薪 */
    labour_wages,
    /** 房产、征地拆迁 */
    property_demolition,
    /** 环境污染 */
    environment,
    /** 合同 */
    contract,
    /** 医疗 */
    medical,
    /** 交通事故 */
    traffic,
    /** 村务 */
    village_affairs,
    /** 其他 */
    other,
    /** 待分类: opened from a field report, the mediator classifies it. */
    unclassified
}
