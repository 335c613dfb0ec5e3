/**
 * Lists over one collection, reusable by every case track: {@link org.fengqiao.petition.listing.ListSpec} says
 * what a track can filter and sort by, {@link org.fengqiao.petition.listing.ListRequest} parses the query
 * parameters against it (every bad value is one field error in a 400 problem detail,
 * {@link org.fengqiao.petition.listing.InvalidListParameters}), and {@link org.fengqiao.petition.listing.Listings}
 * runs pages, counts by state and CSV exports ({@link org.fengqiao.petition.listing.CsvExport}), always inside the
 * caller's scope. Parameters are only ever values in a query built here, never parsed as query documents.
 */
package org.fengqiao.petition.listing;
