package org.fengqiao.mediation.dispute;

/** Which mediation system runs a session (大调解). */
enum SessionKind {
    /** 人民调解 */
    peoples,
    /** 行政调解 */
    administrative,
    /** 司法调解 */
    judicial,
    /** 行业性、专业性调解 */
    industry
}
