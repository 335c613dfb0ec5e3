package org.fengqiao.petition.petition;

/** Where a petition stands; the names are what events and responses carry. */
enum PetitionState {
    registered("已登记"),
    accepted("已受理"),
    not_accepted("不予受理"),
    forwarded("已转送"),
    assigned("已交办"),
    returned("已退回"),
    escalated("已上报"),
    suspended("已中止"),
    replied("已答复"),
    reopened("重办中"),
    review_requested("复查中"),
    review_decided("已复查"),
    re_review_requested("复核中"),
    re_review_decided("已复核"),
    terminated("已终结"),
    closed("已办结");

    private final String label;

    PetitionState(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }

    /** Being handled by its holder: the reply time limit runs. */
    boolean inHandling() {
        return this == accepted || this == assigned || this == returned || this == escalated || this == reopened;
    }
}
