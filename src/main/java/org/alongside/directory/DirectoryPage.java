package org.alongside.directory;

import java.util.List;

/**
 * One page of directory results; {@code page} is zero-based and never past the last page. When
 * {@code exact} is false, {@code total} is only how many were found so far and there are more: a
 * broad search of a large directory stops counting early (see {@link DirectorySearch}).
 */
public record DirectoryPage(List<PublicProfile> profiles, long total, boolean exact, int page, int pageSize) {

    /** How many pages there are, or when the total is not exact, at least how many. */
    public int pageCount() {
        return total == 0 ? 1 : (int) ((total - 1) / pageSize) + 1;
    }
}
