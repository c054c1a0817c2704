package org.alongside.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class VersionedResourcesTest {

    @Test
    void anAddressWithoutAVersionGetsOne() {
        assertThat(VersionedResources.withVersion("/jakarta.faces.resource/css/portal.css.xhtml", "ab12"))
                .isEqualTo("/jakarta.faces.resource/css/portal.css.xhtml?v=ab12");
        assertThat(VersionedResources.withVersion("/jakarta.faces.resource/logo.svg.xhtml?ln=alongside", "ab12"))
                .isEqualTo("/jakarta.faces.resource/logo.svg.xhtml?ln=alongside&v=ab12");
    }

    @Test
    void theThemesBorrowedPrimeFacesVersionIsReplacedByItsOwn() {
        assertThat(VersionedResources.withVersion("/jakarta.faces.resource/theme.css.xhtml?ln=primefaces-alongside&v=15.0.13", "ab12"))
                .isEqualTo("/jakarta.faces.resource/theme.css.xhtml?ln=primefaces-alongside&v=ab12");
    }

    @Test
    void theVersionChangesWithTheContentOnly() throws Exception {
        String first = VersionedResources.contentVersion(stream("body { color: #222; }"));
        assertThat(first).hasSize(10).isEqualTo(VersionedResources.contentVersion(stream("body { color: #222; }")));
        assertThat(VersionedResources.contentVersion(stream("body { color: #333; }"))).isNotEqualTo(first);
    }

    private static ByteArrayInputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
