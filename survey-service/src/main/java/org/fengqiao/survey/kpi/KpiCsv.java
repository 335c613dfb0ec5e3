package org.fengqiao.survey.kpi;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.fengqiao.survey.kpi.Figures.Count;
import org.fengqiao.survey.kpi.Figures.Rate;

/** A report as CSV for spreadsheets: UTF-8 with a BOM (so Excel reads the Chinese), one figure per row. */
final class KpiCsv {

    static final String BOM = "\uFEFF";
    static final String HEADER = "管辖区划,统计期,类别,指标,数值,分子,分母,去年同期,同比变化(%)";

    private KpiCsv() {
    }

    static String of(KpiReport report) {
        List<String> rows = new ArrayList<>();
        rows.add(HEADER);
        String prefix = report.jurisdiction() + "," + report.period() + ",";
        KpiReport.Petitions petitions = report.petitions();
        rows.add(prefix + count("信访", "信访总量", petitions.total()));
        rows.add(prefix + count("信访", "集体访", petitions.collective()));
        rows.add(prefix + count("信访", "越级访", petitions.skipLevel()));
        rows.add(prefix + count("信访", "重复访", petitions.repeat()));
        rows.add(prefix + rate("信访", "按期受理率(%)", petitions.acceptedOnTime()));
        rows.add(prefix + rate("信访", "按期办结率(%)", petitions.closedOnTime()));
        rows.add(prefix + rate("信访", "初信初访一次办结率(%)", petitions.firstResolvedAtOnce()));
        rows.add(prefix + count("信访", "积案数", petitions.backlog()));
        rows.add(prefix + count("12345工单", "受理工单数", report.workOrders().received()));
        rows.add(prefix + rate("12345工单", "按期回单率(%)", report.workOrders().onTime()));
        rows.add(prefix + plain("12345工单", "超期未回单数", report.workOrders().overdue()));
        rows.add(prefix + count("矛盾纠纷", "受理纠纷数", report.mediation().opened()));
        rows.add(prefix + rate("矛盾纠纷", "调成率(%)", report.mediation().success()));
        rows.add(prefix + plain("矛盾纠纷", "分流纠纷数", report.mediation().diverted()));
        rows.add(prefix + count("回访", "完成回访数", report.returnVisits().completed()));
        rows.add(prefix + rate("回访", "回访联系率(%)", report.returnVisits().reach()));
        rows.add(prefix + rate("回访", "满意率(%)", report.returnVisits().satisfaction()));
        rows.add(prefix + plain("回访", "不满意数", report.returnVisits().dissatisfied()));
        return BOM + String.join("\r\n", rows) + "\r\n";
    }

    private static String count(String group, String name, Count count) {
        return String.join(",", group, name, Long.toString(count.value()), "", "", Long.toString(count.lastYear()),
                text(count.change()));
    }

    private static String rate(String group, String name, Rate rate) {
        return String.join(",", group, name, text(rate.percent()), Long.toString(rate.numerator()),
                Long.toString(rate.denominator()), "", "");
    }

    private static String plain(String group, String name, long value) {
        return String.join(",", group, name, Long.toString(value), "", "", "", "");
    }

    private static String text(BigDecimal value) {
        return value == null ? "" : value.toPlainString();
    }
}
