/**
 * Screening campaigns (矛盾纠纷排查): daily, monthly, special or concentrated drives over a jurisdiction subtree, in
 * which every listed unit files one return by the due date, listing the disputes found (opened as disputes at once)
 * or a zero report (零报告). Units without a return after the due date are flagged in the campaign summary.
 */
package org.fengqiao.mediation.screening;
