package org.fengqiao.survey.kpi;

import org.fengqiao.platform.web.InvalidInput;

/** A KPI query the caller got wrong (period, jurisdiction): answered 400. */
class InvalidKpiQuery extends IllegalArgumentException implements InvalidInput {

    InvalidKpiQuery(String message) {
        super(message);
    }
}
