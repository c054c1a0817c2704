package org.alongside.course;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CourseCatalogTest {

    @Test
    void beforeStartUpHasLoadedTheCoursesThereAreNoneRatherThanAnError() {
        CourseCatalog notStarted = new CourseCatalog();

        assertThat(notStarted.shelves()).isEmpty();
        assertThat(notStarted.courses()).isEmpty();
        assertThat(notStarted.course("peer-supporter")).isEmpty();
    }
}
