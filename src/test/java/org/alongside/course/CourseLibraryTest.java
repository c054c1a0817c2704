package org.alongside.course;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CourseLibraryTest {

    @TempDir
    Path root;

    private CourseLibrary library;

    @BeforeEach
    void copyTheTinyCourse() throws Exception {
        Path source = Path.of(getClass().getResource("/courses/valid/tiny").toURI());
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : files.toList()) {
                Path target = root.resolve("tiny").resolve(source.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
        library = new CourseLibrary(root, Clock.systemUTC());
    }

    @Test
    void teachesACourseThatLoads() {
        library.reload();

        assertThat(library.course("tiny")).map(Course::version).hasValue("1.0.0");
        assertThat(library.shelves()).singleElement().satisfies(shelf -> assertThat(shelf.healthy()).isTrue());
    }

    @Test
    void keepsTeachingTheLastGoodVersionWhenAnEditBreaksTheFiles() throws IOException {
        library.reload();
        edit("tiny/course.yaml", "version: 1.0.0", "version: 1.1.0");
        edit("tiny/first-steps/module.yaml", "title: First steps\n", "");

        library.reload();

        assertThat(library.course("tiny")).map(Course::version).hasValue("1.0.0");
        CourseLibrary.Shelf shelf = library.shelves().iterator().next();
        assertThat(shelf.healthy()).isFalse();
        assertThat(shelf.problems()).extracting(CourseProblem::toString)
                .containsExactly("tiny/first-steps/module.yaml:1: the module is missing 'title'");
    }

    @Test
    void takesTheNewVersionOnceTheFilesAreFixed() throws IOException {
        library.reload();
        edit("tiny/course.yaml", "version: 1.0.0", "version: 1.1.0");

        library.reload();

        assertThat(library.course("tiny")).map(Course::version).hasValue("1.1.0");
    }

    @Test
    void aCourseThatNeverLoadedCannotBeTaught() throws IOException {
        edit("tiny/first-steps/module.yaml", "title: First steps\n", "");

        library.reload();

        assertThat(library.course("tiny")).isEmpty();
        assertThat(library.shelves()).singleElement().satisfies(shelf -> assertThat(shelf.live()).isEmpty());
    }

    private void edit(String file, String from, String to) throws IOException {
        Path path = root.resolve(file);
        Files.writeString(path, Files.readString(path).replace(from, to));
    }
}
