/**
 * Lists over one collection, reusable by every case track: {@link org.fengqiao.petition.listing.ListSpec} says
 * what a track can filter and sort by, {@link org.fengqiao.petition.listing.ListRequest} parses the query
 * parameters against it (every bad value is one field error in a 400 problem detail,
 * {@link org.fengqiao.petition.listing.InvalidListParameters}), and {@link org.fengqiao.petition.listing.Listings}
 * runs pages, counts by state and CSV exports ({@link org.fengqiao.petition.listing.CsvExport}), always inside the
 * caller's scope. Parameters are only ever values in a query built here, never parsed as query documents.
 *
 * <p>A track needs a spec and three calls, e.g. for work orders ({@code WorkOrderSearch}, {@code WorkOrderReading}):
 * <pre>{@code
 * static final ListSpec<WorkOrder> SPEC = ListSpec.builder(WorkOrder.class, WorkOrder::id)
 *         .states("state", WorkOrderState.class).categories("category", WorkOrderCategory.class)
 *         .subtree("jurisdiction", "holder.jurisdiction").holder(WorkOrderSearch::heldBy)
 *         .flag("urgent", () -> Criteria.where("urgency").in("urgent", "emergency"))
 *         .due("dueAt", "dispatched", "handling").sortable("dueAt", "dueAt").build();
 *
 * ListRequest request = ListRequest.parse(params, SPEC);       // 400 with field errors
 * listings.page(SPEC, request, WorkOrderAccess.readable(user), user, WorkOrderSummary::of);
 * listings.counts(SPEC, request, scope, user);
 * listings.export(SPEC, request, scope, user, CsvExport.of(new CsvExport.Column<>("工单编号", WorkOrder::orderNumber)));
 * }</pre>
 */
package org.fengqiao.petition.listing;
