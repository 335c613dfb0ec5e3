package org.fengqiao.petition.workorder;

/** Lifecycle of a work order; only the first state exists so far. */
enum WorkOrderState {
    /** 受理: received from the hotline, waiting to be dispatched. */
    received
}
