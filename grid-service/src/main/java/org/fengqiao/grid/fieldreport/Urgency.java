package org.fengqiao.grid.fieldreport;

enum Urgency {
    normal,
    urgent
}
