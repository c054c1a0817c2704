package org.alongside.course;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class CourseCheckTest {

    private static Path fixture(String name) throws Exception {
        return Path.of(CourseCheckTest.class.getResource("/courses/" + name).toURI());
    }

    @Test
    void aGoodCourseIsSummarisedWithEachModulesReadingEase() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        int status = CourseCheck.check(fixture("valid/tiny"), new PrintStream(out, true, StandardCharsets.UTF_8));

        assertThat(status).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("no problems").containsPattern("day 1 first-steps: reading ease \\d+–\\d+");
    }

    @Test
    void aBrokenCourseExitsWithOneAndNamesFileAndLine() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        int status = CourseCheck.check(fixture("broken/missing-title/tiny"), new PrintStream(out, true, StandardCharsets.UTF_8));

        assertThat(status).isEqualTo(1);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("first-steps/module.yaml:1: the module is missing 'title'");
    }
}
