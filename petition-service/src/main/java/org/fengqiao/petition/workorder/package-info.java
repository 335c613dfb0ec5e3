/**
 * 12345 work orders (工单): intake from the hotline system, idempotent on the hotline's order number,
 * announced as {@code work-order.received}. Later stages (dispatch, claim, reply, review) grow here.
 */
package org.fengqiao.petition.workorder;
