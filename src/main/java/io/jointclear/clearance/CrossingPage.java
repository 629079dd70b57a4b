package io.jointclear.clearance;

import java.util.List;

/**
 * One page of a crossing list and how many crossings the whole list has.
 *
 * @param page  1-based
 * @param total crossings matching the filter within what the actor may see
 */
public record CrossingPage(List<CrossingView> items, long total, int page, int size) {

    /** The largest page anyone may ask for. */
    public static final int MAX_SIZE = 500;

    /** The deepest page: keeps OFFSET bounded (narrow the filter instead). */
    public static final int MAX_PAGE = 10_000;

    /** Problem code of a page, size, sort or filter the list cannot take. */
    public static final String INVALID_LIST_PARAMETER = "INVALID_LIST_PARAMETER";

    public CrossingPage {
        items = List.copyOf(items);
    }

    public int pages() {
        return total == 0 ? 1 : (int) Math.min(MAX_PAGE, (total + size - 1) / size);
    }

    /** Position of this page's first item in the whole list, 1-based (0 when empty). */
    public long first() {
        return items.isEmpty() ? 0 : (long) (page - 1) * size + 1;
    }

    public long last() {
        return items.isEmpty() ? 0 : first() + items.size() - 1;
    }
}
