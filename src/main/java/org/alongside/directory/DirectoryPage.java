package org.alongside.directory;

import java.util.List;

/** One page of directory results; {@code page} is zero-based and never past the last page. */
public record DirectoryPage(List<PublicProfile> profiles, long total, int page, int pageSize) {

    public int pageCount() {
        return total == 0 ? 1 : (int) ((total - 1) / pageSize) + 1;
    }
}
