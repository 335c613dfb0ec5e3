package org.fengqiao.petition.workorder;

/** The citizen who called the hotline. */
record Caller(String name, String phone) {
}
