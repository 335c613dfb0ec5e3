package org.fengqiao.petition.petition;

/** What the petitioner wants: 求决, 申诉, 建议, 揭发控告. */
enum Purpose {
    demand, appeal, suggestion, accusation
}
