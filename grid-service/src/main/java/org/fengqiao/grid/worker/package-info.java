/**
 * The grid worker registry (网格员): who a worker is (the token subject), how to reach them, which grids they are
 * assigned and whether they are active. Managed by a township handler or a county admin/dispatcher within their
 * jurisdiction; field reports read the assignment through {@link org.fengqiao.grid.worker.GridWorkers}.
 */
package org.fengqiao.grid.worker;
