package org.fengqiao.grid.fieldreport;

/** What a grid worker reports (事件类型). */
enum FieldReportType {
    /** 信息 */
    information,
    /** 治安与稳定 */
    public_order,
    /** 矛盾纠纷苗头: becomes a dispute in mediation-service */
    dispute_sign,
    /** 安全隐患 */
    safety_hazard,
    /** 信访苗头: becomes a petition in petition-service */
    petition_sign,
    /** 环境 */
    environment,
    /** 基础设施损坏 */
    infrastructure
}
