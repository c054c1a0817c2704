package org.alongside.identity;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.PersistenceException;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Proxy;
import java.sql.SQLTransientConnectionException;
import java.util.HashMap;
import java.util.Map;
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

    @Test
    void anUnreachableDatabaseAtSignInIsAPlainFailureMarkedAsAnOutage() {
        PortalAuthenticationMechanism mechanism = new PortalAuthenticationMechanism();
        IdentityStoreHandler unreachable = credential -> {
            throw new PersistenceException(new SQLTransientConnectionException("Connection refused"));
        };
        mechanism.identityStores = unreachable;
        Map<String, Object> attributes = new HashMap<>();
        HttpServletRequest request = proxy(HttpServletRequest.class, (method, args) -> switch (method) {
            case "setAttribute" -> attributes.put((String) args[0], args[1]);
            case "getAttribute" -> attributes.get((String) args[0]);
            // No session yet: there is no half-done sign-in to drop.
            case "getSession" -> null;
            default -> throw new UnsupportedOperationException(method);
        });
        AuthenticationParameters parameters = AuthenticationParameters.withParams()
                .credential(new UsernamePasswordCredential("someone@example.org", new Password("whatever")));
        HttpMessageContext context = proxy(HttpMessageContext.class, (method, args) -> switch (method) {
            case "getAuthParameters" -> parameters;
            default -> throw new UnsupportedOperationException(method);
        });

        // accounts is not set: recording a sign-in would fail the test with a NullPointerException.
        assertThat(mechanism.validateRequest(request, null, context)).isEqualTo(AuthenticationStatus.SEND_FAILURE);
        assertThat(PortalAuthenticationMechanism.serviceUnavailable(request)).isTrue();
    }

    private interface Answer {
        Object answer(String method, Object[] args);
    }

    private static <T> T proxy(Class<T> type, Answer answer) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
                (self, method, args) -> answer.answer(method.getName(), args)));
    }
}
