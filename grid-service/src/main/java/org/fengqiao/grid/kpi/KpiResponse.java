package org.fengqiao.grid.kpi;

import java.time.Instant;
import java.util.List;

record KpiResponse(String within, Instant from, Instant to, UnitKpis total, List<UnitKpis> units) {
}
