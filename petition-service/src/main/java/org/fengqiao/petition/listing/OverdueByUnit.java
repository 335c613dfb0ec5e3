package org.fengqiao.petition.listing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** The overdue list per unit that supervisors work from: the units holding the most overdue cases first. */
public final class OverdueByUnit {

    private OverdueByUnit() {
    }

    /**
     * Groups overdue cases by the unit holding them, each unit's cases earliest due first; units with more cases
     * come first, then by unit code.
     */
    public static <C, S> List<Map.Entry<String, List<S>>> group(List<C> overdue, Comparator<C> dueOrder,
                                                               Function<C, String> unit, Function<C, S> summary) {
        Map<String, List<S>> byUnit = new LinkedHashMap<>();
        overdue.stream().sorted(dueOrder).forEach(found -> byUnit
                .computeIfAbsent(unit.apply(found), code -> new ArrayList<>())
                .add(summary.apply(found)));
        Comparator<Map.Entry<String, List<S>>> mostFirst = Comparator.comparing(unitCases -> unitCases.getValue().size());
        return byUnit.entrySet().stream()
                .sorted(mostFirst.reversed().thenComparing(Map.Entry::getKey))
                .toList();
    }
}
