package org.fengqiao.petition.petition;

/** Statutory grounds for not accepting a petition (信访工作条例), with the text for the petitioner's notice. */
enum NotAcceptedReason {
    litigation("应当通过诉讼、仲裁、行政复议等法定途径解决，请依法向有关机关提出"),
    terminated("同一事项已经复核终结，不再受理"),
    in_process("该事项正在法定办理期限内，不重复受理"),
    not_petition("不属于信访事项受理范围"),
    other("其他法定不予受理情形");

    private final String text;

    NotAcceptedReason(String text) {
        this.text = text;
    }

    String text() {
        return text;
    }
}
