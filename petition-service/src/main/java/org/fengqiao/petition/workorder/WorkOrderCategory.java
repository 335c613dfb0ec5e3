package org.fengqiao.petition.workorder;

/** Categories the 12345 hotline files a work order under; each carries its own time limit later. */
enum WorkOrderCategory {
    /** 咨询 */
    consultation,
    /** 求助 */
    help,
    /** 投诉 */
    complaint,
    /** 举报 */
    report,
    /** 建议 */
    suggestion,
    /** 紧急 */
    emergency
}
