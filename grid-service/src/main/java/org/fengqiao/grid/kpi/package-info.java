/**
 * Grid KPIs (发现率、上报率、处置率) per unit and period, read straight from the stored reports and patrols of a
 * jurisdiction: counted in Java over one period's documents (the store has no usable secondary indexes; a period
 * of one county is small).
 */
package org.fengqiao.grid.kpi;
