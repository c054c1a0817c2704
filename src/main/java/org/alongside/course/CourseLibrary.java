package org.alongside.course;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * The courses the portal teaches, loaded from a folder of course folders. Checking the files
 * again never makes things worse: when a course's files have a problem, the last version that
 * loaded stays live and the problems are kept for administrators to read.
 */
public final class CourseLibrary {

    /** One course folder: the version being taught (if any ever loaded) and the last check's findings. */
    public record Shelf(String folder, Optional<Course> live, List<CourseProblem> problems, Instant checkedAt) {
        public boolean healthy() {
            return problems.isEmpty();
        }
    }

    private final Path root;
    private final Clock clock;
    private final Map<String, Shelf> shelves = new ConcurrentHashMap<>();

    public CourseLibrary(Path root, Clock clock) {
        this.root = root;
        this.clock = clock;
    }

    /** Reads every course folder again. Safe to call while trainees are using the courses. */
    public synchronized void reload() {
        for (Path folder : courseFolders()) {
            String name = folder.getFileName().toString();
            CourseLoader.Result result = CourseLoader.load(folder);
            Optional<Course> previous = Optional.ofNullable(shelves.get(name)).flatMap(Shelf::live);
            Optional<Course> live = result.course().isPresent() ? result.course() : previous;
            shelves.put(name, new Shelf(name, live, result.problems(), clock.instant()));
        }
    }

    public Collection<Shelf> shelves() {
        List<Shelf> sorted = new ArrayList<>(shelves.values());
        sorted.sort((a, b) -> a.folder().compareTo(b.folder()));
        return sorted;
    }

    public Optional<Course> course(String id) {
        return Optional.ofNullable(shelves.get(id)).flatMap(Shelf::live);
    }

    public Path root() {
        return root;
    }

    private List<Path> courseFolders() {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(root)) {
            return entries.filter(p -> Files.isRegularFile(p.resolve("course.yaml"))).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
