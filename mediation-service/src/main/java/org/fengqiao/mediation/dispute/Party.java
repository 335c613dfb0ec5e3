package org.fengqiao.mediation.dispute;

/** 当事人. */
record Party(String name, PartyRole role, String phone) {
}
