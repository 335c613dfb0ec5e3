package org.fengqiao.notification.sms;

/** The SMS templates, one per notice type, at their current version. */
final class NoticeTemplates {

    /** 受理告知: the work order was accepted. */
    static final NoticeTemplate ACCEPTANCE = new NoticeTemplate("sms.work-order.accepted", 1,
            "【枫桥信访】${callerName}您好，您反映的诉求已受理（工单号${orderNumber}），我们将在规定时限内办理并答复您。");

    /** 答复告知: the handling unit replied. */
    static final NoticeTemplate REPLY = new NoticeTemplate("sms.work-order.replied", 1,
            "【枫桥信访】${callerName}您好，您反映的诉求（工单号${orderNumber}）已有答复，请留意承办单位的答复意见；如有疑问请拨打12345。");

    /** 办结告知: the work order was closed. */
    static final NoticeTemplate CLOSED = new NoticeTemplate("sms.work-order.closed", 1,
            "【枫桥信访】${callerName}您好，您反映的诉求（工单号${orderNumber}）已办结，感谢您的理解与支持。后续可能有回访，请留意。");

    /** 回访评价: the case is being followed up; the citizen may rate the handling through a one-time link. */
    static final NoticeTemplate RETURN_VISIT = new NoticeTemplate("sms.return-visit.rating", 1,
            "【枫桥信访】${citizenName}您好，您反映的事项（编号${caseNumber}）已办理，诚邀您对办理情况进行回访评价：${ratingUrl}"
                    + "（${expiresOn}前有效，仅限本人使用）。感谢您的支持！");

    /** 领导预警: a matter county leaders must know of now (a grade 3-4 dispute, a collective petition). */
    static final NoticeTemplate LEADER_ALERT = new NoticeTemplate("sms.leader.alert", 1,
            "【枫桥信访】领导预警：${what}。详情请登录平台收件箱查看。");

    /** 受理告知书 (信访): the petition was accepted. */
    static final NoticeTemplate PETITION_ACCEPTED = new NoticeTemplate("sms.petition.accepted", 1,
            "【枫桥信访】${name}您好，您的信访事项（编号${number}）已依法受理，我们将于${replyDue}前书面答复您。");

    /** 不予受理告知书: with the statutory reason. */
    static final NoticeTemplate PETITION_NOT_ACCEPTED = new NoticeTemplate("sms.petition.not-accepted", 1,
            "【枫桥信访】${name}您好，您的信访事项（编号${number}）不予受理，理由：${reason}。书面告知书将另行送达。");

    /** 延期告知: the reply deadline was extended. */
    static final NoticeTemplate PETITION_EXTENDED = new NoticeTemplate("sms.petition.extended", 1,
            "【枫桥信访】${name}您好，您的信访事项（编号${number}）因情况复杂，办理期限延长${days}日，我们将于${replyDue}前答复您。");

    /** 答复意见书: the reply in short, and how long a review may be requested. */
    static final NoticeTemplate PETITION_REPLIED = new NoticeTemplate("sms.petition.replied", 1,
            "【枫桥信访】${name}您好，您的信访事项（编号${number}）已答复：${summary}。如对答复不服，可于${reviewDue}前向上一级机关请求复查。");

    /** 复查意见书. */
    static final NoticeTemplate PETITION_REVIEW_DECIDED = new NoticeTemplate("sms.petition.review-decided", 1,
            "【枫桥信访】${name}您好，您的信访事项（编号${number}）复查意见：${outcome}。${opinion}。如不服，可于${reReviewDue}前请求复核。");

    /** 复核意见书: the last word on the matter. */
    static final NoticeTemplate PETITION_RE_REVIEW_DECIDED = new NoticeTemplate("sms.petition.re-review-decided", 1,
            "【枫桥信访】${name}您好，您的信访事项（编号${number}）复核意见：${outcome}。${opinion}。");

    private NoticeTemplates() {
    }
}
