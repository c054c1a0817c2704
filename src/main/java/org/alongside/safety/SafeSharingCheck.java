package org.alongside.safety;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.servlet.ServletContext;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The safe-sharing rules the portal checks writing against, read at start-up from
 * {@code safe-sharing-rules.yaml} next to the courses (the packaged courses, or
 * {@code portal.courses.dir}). A file with mistakes is reported in the log and leaves the last
 * good rules in force; with none ever loaded, nothing is picked out.
 */
@ApplicationScoped
public class SafeSharingCheck {

    private static final Logger LOG = Logger.getLogger(SafeSharingCheck.class.getName());
    static final String FILE_NAME = "safe-sharing-rules.yaml";

    @Inject
    @ConfigProperty(name = "portal.courses.dir")
    Optional<String> configuredFolder;

    private volatile SafeSharingRules rules;
    private volatile List<SafeSharingProblem> problems = List.of();
    private Path file;

    void onStart(@Observes @Initialized(ApplicationScoped.class) @Priority(Interceptor.Priority.APPLICATION) ServletContext context) {
        Path folder = configuredFolder.filter(f -> !f.isBlank()).map(Path::of)
                .orElseGet(() -> Path.of(context.getRealPath("/WEB-INF/courses")));
        file = folder.resolve(FILE_NAME);
        reload();
    }

    /** Reads the rules file again; a broken file keeps the rules already in force. */
    public void reload() {
        SafeSharingRules.Result result = SafeSharingRules.load(file);
        problems = result.problems();
        result.rules().ifPresent(loaded -> rules = loaded);
        if (!problems.isEmpty()) {
            LOG.warning(() -> "Safe-sharing rules " + file + " have problems; " + (rules == null ? "nothing is checked" : "earlier rules stay")
                    + ":\n  " + String.join("\n  ", problems.stream().map(SafeSharingProblem::toString).toList()));
        }
    }

    public List<Finding> check(String text) {
        SafeSharingRules current = rules;
        return current == null || text == null ? List.of() : current.check(text);
    }

    public List<SafeSharingProblem> problems() {
        return problems;
    }
}
