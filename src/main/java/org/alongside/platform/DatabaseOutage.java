package org.alongside.platform;

import jakarta.persistence.EntityExistsException;
import jakarta.persistence.EntityNotFoundException;
import jakarta.persistence.NoResultException;
import jakarta.persistence.NonUniqueResultException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.resource.ResourceException;
import java.sql.SQLException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * Tells a failure to reach the database (server down, network gone, the connection pool refusing)
 * from a mistake in the request or the code, so that the first can be answered with "the service
 * is unavailable" and not be counted against the person.
 */
public final class DatabaseOutage {

    private DatabaseOutage() {
    }

    /** Whether the failure, or anything it was caused by, is the database being out of reach. */
    public static boolean causedBy(Throwable failure) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable cause = failure; cause != null && seen.add(cause); cause = cause.getCause()) {
            if (cause instanceof SQLException || cause instanceof ResourceException) {
                return true;
            }
            if (cause instanceof PersistenceException && !isAboutTheData(cause)) {
                return true;
            }
        }
        return false;
    }

    /** Persistence exceptions that say something about the rows, which a reachable database answered. */
    private static boolean isAboutTheData(Throwable cause) {
        return cause instanceof NoResultException || cause instanceof NonUniqueResultException
                || cause instanceof OptimisticLockException || cause instanceof EntityExistsException
                || cause instanceof EntityNotFoundException;
    }
}
