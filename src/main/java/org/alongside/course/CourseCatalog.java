package org.alongside.course;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.servlet.ServletContext;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The portal's course library. By default it reads the courses packaged with the portal
 * (the repository's courses/ folder, copied into the WAR); {@code portal.courses.dir} points it at
 * a live folder instead, which administrators can re-check from the Courses page after editing.
 */
@ApplicationScoped
public class CourseCatalog {

    private static final Logger LOG = Logger.getLogger(CourseCatalog.class.getName());

    @Inject
    @ConfigProperty(name = "portal.courses.dir")
    Optional<String> configuredFolder;

    @Inject
    Clock clock;

    private volatile CourseLibrary library;

    /** Runs before other start-up observers (see {@code DemoCohort}), so they find the courses loaded. */
    void onStart(@Observes @Initialized(ApplicationScoped.class) @Priority(Interceptor.Priority.APPLICATION) ServletContext context) {
        Path folder = configuredFolder.filter(f -> !f.isBlank()).map(Path::of)
                .orElseGet(() -> Path.of(context.getRealPath("/WEB-INF/courses")));
        library = new CourseLibrary(folder, clock);
        reload();
    }

    public void reload() {
        library.reload();
        for (CourseLibrary.Shelf shelf : library.shelves()) {
            if (shelf.healthy()) {
                LOG.info(() -> "Course " + shelf.folder() + " " + shelf.live().map(Course::version).orElse("") + " loaded");
            } else {
                LOG.warning(() -> "Course " + shelf.folder() + " has problems; "
                        + shelf.live().map(c -> "still teaching version " + c.version()).orElse("no version can be taught")
                        + ":\n  " + String.join("\n  ", shelf.problems().stream().map(CourseProblem::toString).toList()));
            }
        }
    }

    /** Empty until start-up has loaded the courses (a readiness probe may ask sooner). */
    public Collection<CourseLibrary.Shelf> shelves() {
        CourseLibrary loaded = library;
        return loaded == null ? List.of() : loaded.shelves();
    }

    /** The version of a course being taught now, if any version of it ever loaded. */
    public Optional<Course> course(String courseId) {
        CourseLibrary loaded = library;
        return loaded == null ? Optional.empty() : loaded.course(courseId);
    }

    /** Every course that can be taught, for choosing one when a cohort is created. */
    public List<Course> courses() {
        return shelves().stream().flatMap(shelf -> shelf.live().stream()).toList();
    }

    /** The live folder courses are read from, when one is configured (rather than the packaged courses). */
    public Optional<Path> liveFolder() {
        return configuredFolder.filter(f -> !f.isBlank()).map(f -> library.root());
    }
}
