package org.fengqiao.grid.jurisdiction;

import org.springframework.stereotype.Service;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Looks up grids for the other features of grid-service (field reports, patrols). */
@Service
public class Grids {

    private final DivisionRepository divisions;

    Grids(DivisionRepository divisions) {
        this.divisions = divisions;
    }

    /** The grid with this 14-digit code; empty when there is no such grid (or the code names another tier). */
    public Mono<GridArea> find(String gridCode) {
        return divisions.findById(gridCode)
                .filter(division -> division.tier() == Tier.grid)
                .map(Grids::area);
    }

    /** Every grid of the tree (a county has a few hundred: small enough to walk in a sweep). */
    public Flux<GridArea> all() {
        return divisions.findByTier(Tier.grid).map(Grids::area);
    }

    private static GridArea area(Division division) {
        return new GridArea(division.code(), division.name(), division.boundary());
    }
}
