package org.fengqiao.grid.worker;

import java.util.Set;

/**
 * What the registry says about a worker filing a report or patrolling.
 *
 * @param active    whether the worker is active
 * @param gridCodes the grids assigned to them
 */
public record WorkerAssignment(boolean active, Set<String> gridCodes) {

    /** Whether this grid is one of the worker's. */
    public boolean assigned(String gridCode) {
        return gridCodes.contains(gridCode);
    }
}
