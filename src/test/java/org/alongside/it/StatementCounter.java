package org.alongside.it;

import jakarta.persistence.EntityManagerFactory;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import org.eclipse.persistence.queries.DatabaseQuery;
import org.eclipse.persistence.sessions.Session;
import org.eclipse.persistence.sessions.SessionProfiler;
import org.eclipse.persistence.sessions.SessionProfilerAdapter;

/**
 * Counts the SQL statements EclipseLink sends to the database while the portal answers HTTP
 * requests, by putting a profiler on the persistence unit's server session for the length of
 * some work. Only statements run on Payara's HTTP threads count, so a timer firing meanwhile does
 * not. Runs inside the portal (the test deployment), where the requests are answered.
 */
final class StatementCounter extends SessionProfilerAdapter {

    private final List<String> statements = new CopyOnWriteArrayList<>();

    private StatementCounter() {
    }

    /** The statements sent while {@code work} ran, each as its query (SQL where EclipseLink has it). */
    static List<String> during(EntityManagerFactory factory, Callable<?> work) throws Exception {
        Session session = factory.unwrap(Session.class);
        StatementCounter counter = new StatementCounter();
        session.setProfiler(counter);
        try {
            work.call();
        } finally {
            session.setProfiler(null);
        }
        return List.copyOf(counter.statements);
    }

    @Override
    public void startOperationProfile(String operation, DatabaseQuery query, int weight) {
        if (SessionProfiler.SqlPrepare.equals(operation) && Thread.currentThread().getName().startsWith("http-thread-pool")) {
            statements.add(query == null ? "(no query)" : query.getClass().getSimpleName() + ": "
                    + (query.getSQLString() != null ? query.getSQLString() : query.getReferenceClassName()));
        }
    }

    @Override
    public int getProfileWeight() {
        return SessionProfiler.ALL;
    }
}
