package org.fengqiao.petition.workorder;

enum Urgency {
    normal,
    urgent,
    emergency
}
