package org.alongside.course;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Reports each course and the version being taught. A course whose latest files have problems
 * but whose earlier version is still live does not make the portal unready; a course that has
 * never loaded does.
 */
@Readiness
@ApplicationScoped
public class CourseReadiness implements HealthCheck {

    @Inject
    CourseCatalog catalog;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("courses");
        boolean up = !catalog.shelves().isEmpty();
        if (!up) {
            // Asked before start-up has loaded the courses: not ready yet, which is the truth.
            response.withData("courses", "loading");
        }
        for (CourseLibrary.Shelf shelf : catalog.shelves()) {
            up &= shelf.live().isPresent();
            response.withData(shelf.folder(), shelf.live().map(c -> c.version() + (shelf.healthy() ? "" : " (newer files have problems)"))
                    .orElse("not loaded: " + shelf.problems().size() + " problems"));
        }
        return response.status(up).build();
    }
}
