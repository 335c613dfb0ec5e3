package org.fengqiao.petition.listing;

import java.util.List;

/**
 * One page of a list.
 *
 * @param items the records on this page
 * @param next  with the default order: the {@code after} value for the next page ({@code null} on the last page);
 *              with another order always {@code null} (use {@code page})
 * @param page  the page number, from 0
 * @param size  the page size asked for
 * @param total how many records match in all
 */
public record ListPage<T>(List<T> items, String next, int page, int size, long total) {
}
