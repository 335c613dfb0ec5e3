package org.fengqiao.survey.campaign;

/**
 * What the assessors (验收考核组) enter for a team under the 100-point scheme: the conduct items (0-5 points each) and
 * the platform's rates (0-1).
 */
record TeamAssessment(double publicity, double attendance, double study, double reportRate, double discoveryRate,
                      double handlingRate) {

    void check() {
        for (double points : new double[] {publicity, attendance, study}) {
            if (points < 0 || points > 5) {
                throw new InvalidCampaign("宣传报道、出勤到位、组织学习巡查各为 0 到 5 分");
            }
        }
        for (double rate : new double[] {reportRate, discoveryRate, handlingRate}) {
            if (rate < 0 || rate > 1) {
                throw new InvalidCampaign("上报率、发现率、处置率须在 0 到 1 之间");
            }
        }
    }
}
