package org.alongside.course;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What the course teaches about a crisis holds: the one-to-one safety check asks directly, the
 * group rule stays separate from it, and lines that once taught unsafe or over-promising practice
 * never come back. A reviewer of peer support training found each of these; the test keeps them.
 */
class CrisisTeachingTest {

    /** Lines that taught something unsafe, or promised what a supporter cannot keep. */
    private static final List<String> NEVER_AGAIN = List.of(
            "You do not need to know what they did or what they might do",
            "The only time I'd share it is if",
            "The only time I would share",
            "I will never tell anyone",
            "more like a friend",
            "asking about suicide puts the idea");

    private static Course course;

    @BeforeAll
    static void load() {
        course = CourseLoader.load(Path.of("courses", "peer-supporter")).course().orElseThrow();
    }

    private static Course.Lesson lesson(String moduleId, String lessonId) {
        return course.module(moduleId).orElseThrow().lesson(lessonId).orElseThrow();
    }

    /** Every text of the course a trainee or trainer reads: lessons, quiz options and explanations, role plays, guides, handouts. */
    private static Stream<String> everyText() {
        Stream<String> lessons = course.modules().values().stream().flatMap(module -> module.lessons().stream()).map(Course.Lesson::markdown);
        Stream<String> checks = course.modules().values().stream().flatMap(module -> module.knowledgeCheck().questions().stream())
                .flatMap(question -> Stream.concat(Stream.of(question.text()),
                        question.options().stream().flatMap(option -> Stream.of(option.text(), option.explanation()))));
        Stream<String> practice = course.practices().values().stream()
                .flatMap(p -> Stream.of(p.scenario(), p.supporterBrief(), p.personBrief(), p.observerBrief()));
        Stream<String> pages = Stream.concat(course.handouts().stream().map(handout -> handout.page().markdown()),
                course.days().stream().filter(day -> day.guide() != null).map(day -> day.guide().markdown()));
        return Stream.of(lessons, checks, practice, pages).flatMap(s -> s);
    }

    @Test
    void theOneToOneSafetyCheckAsksDirectlyAboutAPlanAndWhatWasDoneAndKeepsContact() {
        String crisis = lesson("safeguarding-and-confidentiality", "self-harm-and-suicide").markdown();

        assertThat(crisis).contains("Have you made a plan?", "999", "Where are you right now?", "Asking does not put the idea");
        assertThat(crisis).containsIgnoringCase("need a doctor").containsIgnoringCase("stay safe");
        assertThat(crisis).containsIgnoringCase("hopeless").containsIgnoringCase("giving things away");
        assertThat(crisis).as("the group rule is its own section, apart from the one-to-one check")
                .contains("## The group rule", "## The one-to-one safety check");
    }

    @Test
    void selfHarmHasALessonOfItsOwnWithoutDemandsToStop() {
        String selfHarm = lesson("safeguarding-and-confidentiality", "self-harm").markdown();

        assertThat(selfHarm).containsIgnoringCase("way of coping").containsIgnoringCase("medical help");
    }

    @Test
    void noTextTeachesALineThatWasFoundUnsafe() {
        assertThat(everyText()).allSatisfy(text -> assertThat(text).doesNotContainIgnoringCase(NEVER_AGAIN.get(0))
                .doesNotContainIgnoringCase(NEVER_AGAIN.get(1)).doesNotContainIgnoringCase(NEVER_AGAIN.get(2))
                .doesNotContainIgnoringCase(NEVER_AGAIN.get(3)).doesNotContainIgnoringCase(NEVER_AGAIN.get(4))
                .doesNotContainIgnoringCase(NEVER_AGAIN.get(5)));
    }

    @Test
    void suggestingTheGpWhenWorriedIsTaughtAsRightNotAsAMistake() {
        String questions = lesson("coaching-conversations", "useful-questions").markdown();

        assertThat(questions).containsIgnoringCase("GP");
        assertThat(course.module("coaching-conversations").orElseThrow().knowledgeCheck().questions().stream()
                .flatMap(question -> question.options().stream())
                .filter(option -> option.text().contains("GP") || option.text().toLowerCase().contains("doctor")))
                .as("an option suggesting the GP is a right answer").anyMatch(Course.Option::correct);
    }

    @Test
    void theCourseSaysWhichNationsItsLinesAndLawCover() {
        String crisis = lesson("safeguarding-and-confidentiality", "self-harm-and-suicide").markdown();

        assertThat(crisis).contains("Northern Ireland", "Lifeline", "0808 808 8000", "Childline");
        assertThat(lesson("safeguarding-and-confidentiality", "what-safeguarding-means").markdown())
                .contains("Care Act 2014", "Mental Capacity Act 2005", "England");
    }
}
