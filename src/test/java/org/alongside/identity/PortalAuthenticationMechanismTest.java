package org.alongside.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PortalAuthenticationMechanismTest {

    @Test
    void continuesOnlyToPathsInsideThePortal() {
        assertThat(PortalAuthenticationMechanism.isLocalPath("/trainee/lesson.xhtml?module=a&lesson=b")).isTrue();
        assertThat(PortalAuthenticationMechanism.isLocalPath("//evil.example/")).isFalse();
        assertThat(PortalAuthenticationMechanism.isLocalPath("/\\evil.example/")).isFalse();
        assertThat(PortalAuthenticationMechanism.isLocalPath("https://evil.example/")).isFalse();
        assertThat(PortalAuthenticationMechanism.isLocalPath("/home\r\nSet-Cookie: x=y")).isFalse();
    }
}
