package org.alongside.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ejb.EJBException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.resource.ResourceException;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.transaction.TransactionalException;
import java.sql.SQLNonTransientConnectionException;
import org.alongside.platform.DatabaseOutage;
import org.junit.jupiter.api.Test;

class SignInOutcomeTest {

    @Test
    void theRightPasswordSignsIn() {
        assertThat(SignInOutcome.of(() -> AuthenticationStatus.SUCCESS, () -> false)).isEqualTo(SignInOutcome.SIGNED_IN);
    }

    @Test
    void aWrongPasswordIsRefused() {
        assertThat(SignInOutcome.of(() -> AuthenticationStatus.SEND_FAILURE, () -> false)).isEqualTo(SignInOutcome.REFUSED);
    }

    @Test
    void aFailureTheMechanismMarkedAsAnOutageIsUnavailableNotRefused() {
        assertThat(SignInOutcome.of(() -> AuthenticationStatus.SEND_FAILURE, () -> true)).isEqualTo(SignInOutcome.UNAVAILABLE);
    }

    @Test
    void anUnreachableDatabaseThrownThroughTheContainerIsUnavailable() {
        // EclipseLink's exception around the driver's, inside the transaction interceptor's, inside the container's.
        RuntimeException thrown = new IllegalStateException("authentication failed", new TransactionalException("rolled back",
                new PersistenceException("Exception [EclipseLink-4002]",
                        new SQLNonTransientConnectionException("Connection refused"))));

        assertThat(SignInOutcome.of(() -> {
            throw thrown;
        }, () -> false)).isEqualTo(SignInOutcome.UNAVAILABLE);
    }

    @Test
    void aPoolThatRefusesAConnectionIsUnavailable() {
        RuntimeException thrown = new EJBException(new PersistenceException(
                new java.sql.SQLException("Error in allocating a connection", new ResourceException("pool exhausted"))));

        assertThat(SignInOutcome.of(() -> {
            throw thrown;
        }, () -> false)).isEqualTo(SignInOutcome.UNAVAILABLE);
    }

    @Test
    void anyOtherFailureIsNotHidden() {
        IllegalStateException bug = new IllegalStateException("a bug");

        assertThatThrownBy(() -> SignInOutcome.of(() -> {
            throw bug;
        }, () -> false)).isSameAs(bug);
    }

    @Test
    void persistenceExceptionsAboutTheRowsAreNoOutage() {
        assertThat(DatabaseOutage.causedBy(new OptimisticLockException("changed meanwhile"))).isFalse();
        assertThat(DatabaseOutage.causedBy(new PersistenceException("cannot open connection"))).isTrue();
        assertThat(DatabaseOutage.causedBy(new RuntimeException("plain"))).isFalse();
    }
}
