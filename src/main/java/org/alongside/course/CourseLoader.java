package org.alongside.course;

import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.composer.Composer;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;

/**
 * Loads a course folder (see courses/README.md) and checks it. Every problem is collected with
 * its file and line, so an author sees all of them at once; a course with any problem is not
 * returned, so a broken edit can never replace a working course.
 */
public final class CourseLoader {

    /**
     * The outcome of loading: the course when the files are sound, otherwise every problem found.
     * Warnings do not stop a course from loading: they point at questions whose wording may give the answer away.
     */
    public record Result(Optional<Course> course, List<CourseProblem> problems, List<CourseProblem> warnings) {
        public boolean ok() {
            return course.isPresent();
        }
    }

    private static final Set<String> COURSE_FIELDS = Set.of("id", "title", "version", "description", "framework", "completion",
            "days", "handouts");
    private static final Set<String> COMPLETION_FIELDS = Set.of("attendance-share", "observed-practice");
    private static final Set<String> DAY_FIELDS = Set.of("day", "title", "modules", "practice", "sessions", "guide");
    private static final Set<String> SESSION_FIELDS = Set.of("title", "minutes");
    private static final Set<String> HANDOUT_FIELDS = Set.of("id", "title", "file");
    private static final Set<String> PRACTICE_FIELDS = Set.of("id", "title", "day", "minutes", "framework-units", "scenario",
            "roles", "checklist");
    private static final Set<String> ROLE_FIELDS = Set.of("supporter", "person", "observer");
    private static final Set<String> CHECKLIST_FIELDS = Set.of("id", "text", "framework-unit");
    private static final String PRACTICE_FOLDER = "practice";
    private static final Set<String> MODULE_FIELDS = Set.of("id", "title", "day", "minutes", "content-note", "outcomes",
            "framework-units", "lessons", "knowledge-check", "reflection");
    private static final Set<String> LESSON_FIELDS = Set.of("id", "title", "file");
    private static final Set<String> CHECK_FIELDS = Set.of("pass-mark", "questions");
    private static final Set<String> QUESTION_FIELDS = Set.of("id", "type", "text", "options");
    private static final Set<String> OPTION_FIELDS = Set.of("id", "text", "correct", "explanation");
    private static final Set<String> REFLECTION_FIELDS = Set.of("id", "prompt", "guidance", "rubric");
    private static final Set<String> CRITERION_FIELDS = Set.of("id", "title", "levels");
    private static final Set<String> LEVEL_FIELDS = Set.of("id", "description", "example");

    private final Path coursesRoot;
    private final List<CourseProblem> problems = new ArrayList<>();
    private final List<CourseProblem> warnings = new ArrayList<>();

    private CourseLoader(Path coursesRoot) {
        this.coursesRoot = coursesRoot;
    }

    /** Loads the course in {@code courseFolder}, naming files relative to the folder that holds it. */
    public static Result load(Path courseFolder) {
        Path folder = courseFolder.toAbsolutePath().normalize();
        CourseLoader loader = new CourseLoader(folder.getParent());
        Optional<Course> course = loader.loadCourse(folder);
        List<CourseProblem> sorted = new ArrayList<>(new TreeSet<>(loader.problems));
        return new Result(sorted.isEmpty() ? course : Optional.empty(), List.copyOf(sorted),
                List.copyOf(new TreeSet<>(loader.warnings)));
    }

    private Optional<Course> loadCourse(Path folder) {
        Path manifest = folder.resolve("course.yaml");
        Optional<YamlFields> parsed = parse(manifest, "the course");
        if (parsed.isEmpty()) {
            return Optional.empty();
        }
        YamlFields course = parsed.get().allowOnly(COURSE_FIELDS);
        String file = name(manifest);
        String id = idNamedAs(file, course, "course", folder.getFileName().toString(), "folder name");
        Optional<YamlFields> completion = course.mapping("completion").map(c -> c.allowOnly(COMPLETION_FIELDS));
        double attendance = completion.map(c -> c.decimal("attendance-share", 0.0, 1.0, 1.0)).orElse(1.0);
        int observedPractice = completion.filter(c -> c.has("observed-practice"))
                .map(c -> c.number("observed-practice", 0, 100)).orElse(0);

        List<Course.Day> days = new ArrayList<>();
        Map<String, Integer> dayOfModule = new HashMap<>();
        Map<String, Integer> moduleListedAt = new HashMap<>();
        Map<String, Integer> dayOfPractice = new HashMap<>();
        Set<Integer> dayNumbers = new HashSet<>();
        for (Node dayNode : course.list("days")) {
            YamlFields day = YamlFields.of(file, dayNode, "a day", problems).allowOnly(DAY_FIELDS);
            int number = day.number("day", 1, 30);
            if (!dayNumbers.add(number)) {
                problems.add(new CourseProblem(file, day.lineOf("day"), "day " + number + " is listed twice"));
            }
            List<String> moduleIds = day.texts("modules");
            for (String moduleId : moduleIds) {
                if (moduleListedAt.putIfAbsent(moduleId, day.lineOf("modules")) != null) {
                    problems.add(new CourseProblem(file, day.lineOf("modules"), "module '" + moduleId + "' is listed on more than one day"));
                } else if (!Files.isRegularFile(folder.resolve(moduleId).resolve("module.yaml"))) {
                    problems.add(new CourseProblem(file, day.lineOf("modules"), "day " + number + " lists module '" + moduleId
                            + "', but there is no " + name(folder.resolve(moduleId).resolve("module.yaml"))));
                }
                dayOfModule.put(moduleId, number);
            }
            List<String> practiceIds = day.has("practice") ? day.texts("practice") : List.of();
            for (String practiceId : practiceIds) {
                Path practiceFile = folder.resolve(PRACTICE_FOLDER).resolve(practiceId + ".yaml");
                if (dayOfPractice.putIfAbsent(practiceId, number) != null) {
                    problems.add(new CourseProblem(file, day.lineOf("practice"), "practice '" + practiceId + "' is listed on more than one day"));
                } else if (!Files.isRegularFile(practiceFile)) {
                    problems.add(new CourseProblem(file, day.lineOf("practice"), "day " + number + " lists practice '" + practiceId
                            + "', but there is no " + name(practiceFile)));
                }
            }
            List<Course.Session> sessions = new ArrayList<>();
            for (Node sessionNode : day.optionalList("sessions")) {
                YamlFields session = YamlFields.of(file, sessionNode, "a session", problems).allowOnly(SESSION_FIELDS);
                sessions.add(new Course.Session(session.text("title"), session.number("minutes", 5, 480)));
            }
            Course.Page guide = day.optionalText("guide").flatMap(guideFile -> page(folder, guideFile, file, day.lineOf("guide"))).orElse(null);
            days.add(new Course.Day(number, day.text("title"), List.copyOf(moduleIds), List.copyOf(practiceIds), List.copyOf(sessions), guide));
        }

        Map<String, Course.Module> modules = new LinkedHashMap<>();
        for (Path moduleFolder : moduleFolders(folder)) {
            String moduleId = moduleFolder.getFileName().toString();
            if (!dayOfModule.containsKey(moduleId)) {
                problems.add(new CourseProblem(name(moduleFolder.resolve("module.yaml")), 0,
                        "this module is not listed on any day in " + file));
                continue;
            }
            loadModule(moduleFolder, dayOfModule.get(moduleId)).ifPresent(m -> modules.put(m.id(), m));
        }
        Map<String, Course.Practice> practices = new LinkedHashMap<>();
        for (Path practiceFile : practiceFiles(folder)) {
            String practiceId = practiceFile.getFileName().toString().replaceFirst("\\.yaml$", "");
            if (!dayOfPractice.containsKey(practiceId)) {
                problems.add(new CourseProblem(name(practiceFile), 0, "this practice activity is not listed on any day in " + file));
                continue;
            }
            loadPractice(practiceFile, practiceId, dayOfPractice.get(practiceId)).ifPresent(p -> practices.put(p.id(), p));
        }
        List<Course.Handout> handouts = new ArrayList<>();
        Set<String> handoutIds = new HashSet<>();
        for (Node handoutNode : course.optionalList("handouts")) {
            YamlFields handout = YamlFields.of(file, handoutNode, "a handout", problems).allowOnly(HANDOUT_FIELDS);
            String handoutId = uniqueId(file, handout, handoutIds, "handout", "this course");
            String title = handout.text("title");
            page(folder, handout.text("file"), file, handout.lineOf("file"))
                    .ifPresent(page -> handouts.add(new Course.Handout(handoutId, title, page)));
        }
        return Optional.of(new Course(id, course.text("title"), course.text("version"), course.text("description"),
                course.optionalText("framework").orElse(""), attendance, observedPractice, List.copyOf(days), Map.copyOf(modules),
                Map.copyOf(practices), List.copyOf(handouts)));
    }

    private Optional<Course.Practice> loadPractice(Path practiceFile, String fileId, int listedDay) {
        Optional<YamlFields> parsed = parse(practiceFile, "the practice activity");
        if (parsed.isEmpty()) {
            return Optional.empty();
        }
        String file = name(practiceFile);
        YamlFields practice = parsed.get().allowOnly(PRACTICE_FIELDS);
        String id = idNamedAs(file, practice, "practice", fileId, "file name");
        int day = dayListedAs(file, practice, "practice activity", listedDay);
        YamlFields roles = practice.requiredMapping("roles").allowOnly(ROLE_FIELDS);
        List<Course.ChecklistItem> checklist = new ArrayList<>();
        Set<String> itemIds = new HashSet<>();
        for (Node itemNode : practice.list("checklist")) {
            YamlFields item = YamlFields.of(file, itemNode, "a checklist item", problems).allowOnly(CHECKLIST_FIELDS);
            checklist.add(new Course.ChecklistItem(uniqueId(file, item, itemIds, "checklist item", "this practice activity"),
                    item.text("text"), item.text("framework-unit")));
        }
        return Optional.of(new Course.Practice(id, practice.text("title"), day, practice.number("minutes", 5, 240),
                practice.texts("framework-units"), practice.text("scenario"), roles.text("supporter"), roles.text("person"),
                roles.text("observer"), List.copyOf(checklist)));
    }

    /** Reads the "id" field, which must be the same as the name of the file or folder that holds it. */
    private String idNamedAs(String file, YamlFields fields, String kind, String expected, String nameOf) {
        String id = fields.id("id");
        if (!id.isEmpty() && !id.equals(expected)) {
            problems.add(new CourseProblem(file, fields.lineOf("id"), "the " + kind + " id '" + id
                    + "' should be the same as its " + nameOf + " '" + expected + "'"));
        }
        return id;
    }

    /** Reads the "day" field, which must be the day course.yaml lists the module or activity on. */
    private int dayListedAs(String file, YamlFields fields, String kind, int listedDay) {
        int day = fields.number("day", 1, 30);
        if (day != listedDay) {
            problems.add(new CourseProblem(file, fields.lineOf("day"), "this " + kind + " says day " + day
                    + ", but course.yaml lists it on day " + listedDay));
        }
        return day;
    }

    /** A Markdown page of the course (a trainer's guide or a handout), rendered once like a lesson. */
    private Optional<Course.Page> page(Path courseFolder, String pageFile, String listedIn, int line) {
        return readMarkdown(courseFolder, pageFile, listedIn, line, "page")
                .map(markdown -> new Course.Page(pageFile, markdown, LessonRenderer.toHtml(markdown)));
    }

    private Optional<Course.Module> loadModule(Path folder, int listedDay) {
        Path moduleFile = folder.resolve("module.yaml");
        Optional<YamlFields> parsed = parse(moduleFile, "the module");
        if (parsed.isEmpty()) {
            return Optional.empty();
        }
        String file = name(moduleFile);
        YamlFields module = parsed.get().allowOnly(MODULE_FIELDS);
        String id = idNamedAs(file, module, "module", folder.getFileName().toString(), "folder name");
        int day = dayListedAs(file, module, "module", listedDay);
        List<Course.Lesson> lessons = new ArrayList<>();
        Set<String> lessonIds = new HashSet<>();
        for (Node lessonNode : module.list("lessons")) {
            YamlFields lesson = YamlFields.of(file, lessonNode, "a lesson", problems).allowOnly(LESSON_FIELDS);
            String lessonId = uniqueId(file, lesson, lessonIds, "lesson", "this module");
            String lessonFile = lesson.text("file");
            readLesson(folder, lessonFile, file, lesson.lineOf("file")).ifPresent(markdown ->
                    lessons.add(new Course.Lesson(lessonId, lesson.text("title"), lessonFile, markdown, LessonRenderer.toHtml(markdown),
                            ReadingEase.readingMinutes(LessonRenderer.toPlainText(markdown)))));
        }
        return Optional.of(new Course.Module(id, module.text("title"), day, module.number("minutes", 1, 600),
                module.optionalText("content-note").orElse(null), module.texts("outcomes"), module.texts("framework-units"),
                List.copyOf(lessons), knowledgeCheck(file, module.requiredMapping("knowledge-check")),
                reflection(file, module.requiredMapping("reflection"))));
    }

    private Course.KnowledgeCheck knowledgeCheck(String file, YamlFields check) {
        check.allowOnly(CHECK_FIELDS);
        List<Course.Question> questions = new ArrayList<>();
        Set<String> questionIds = new HashSet<>();
        for (Node questionNode : check.list("questions")) {
            YamlFields question = YamlFields.of(file, questionNode, "a question", problems).allowOnly(QUESTION_FIELDS);
            String id = uniqueId(file, question, questionIds, "question", "this knowledge check");
            Course.QuestionType type = questionType(file, question);
            List<Course.Option> options = new ArrayList<>();
            Set<String> optionIds = new HashSet<>();
            for (Node optionNode : question.list("options")) {
                YamlFields option = YamlFields.of(file, optionNode, "an option", problems).allowOnly(OPTION_FIELDS);
                options.add(new Course.Option(uniqueId(file, option, optionIds, "option", "question '" + id + "'"),
                        option.text("text"), option.flag("correct"), option.text("explanation")));
            }
            long correct = options.stream().filter(Course.Option::correct).count();
            if (!options.isEmpty() && options.size() < 2) {
                problems.add(new CourseProblem(file, question.lineOf("options"), "question '" + id + "' needs at least two options"));
            } else if (!options.isEmpty() && correct == 0) {
                problems.add(new CourseProblem(file, question.lineOf("options"), "question '" + id + "' has no correct answer"));
            } else if (type == Course.QuestionType.SINGLE && correct > 1) {
                problems.add(new CourseProblem(file, question.lineOf("options"), "question '" + id
                        + "' is single choice but has " + correct + " correct answers (use type: multiple)"));
            }
            Course.Question loaded = new Course.Question(id, type, question.text("text"), List.copyOf(options));
            GiveAways.in(loaded).forEach(hint -> warnings.add(new CourseProblem(file, question.line(), "question '" + id + "': " + hint)));
            questions.add(loaded);
        }
        return new Course.KnowledgeCheck(check.number("pass-mark", 1, 100), List.copyOf(questions));
    }

    private Course.QuestionType questionType(String file, YamlFields question) {
        String type = question.text("type");
        return switch (type) {
            case "single" -> Course.QuestionType.SINGLE;
            case "multiple" -> Course.QuestionType.MULTIPLE;
            default -> {
                if (!type.isEmpty()) {
                    problems.add(new CourseProblem(file, question.lineOf("type"), "question type should be single or multiple, not '" + type + "'"));
                }
                yield Course.QuestionType.SINGLE;
            }
        };
    }

    private Course.Reflection reflection(String file, YamlFields reflection) {
        reflection.allowOnly(REFLECTION_FIELDS);
        List<Course.Criterion> rubric = new ArrayList<>();
        Set<String> criterionIds = new HashSet<>();
        for (Node criterionNode : reflection.list("rubric")) {
            YamlFields criterion = YamlFields.of(file, criterionNode, "a rubric criterion", problems).allowOnly(CRITERION_FIELDS);
            String id = uniqueId(file, criterion, criterionIds, "criterion", "this rubric");
            List<Course.Level> levels = new ArrayList<>();
            Set<String> levelIds = new HashSet<>();
            for (Node levelNode : criterion.list("levels")) {
                YamlFields level = YamlFields.of(file, levelNode, "a level", problems).allowOnly(LEVEL_FIELDS);
                levels.add(new Course.Level(uniqueId(file, level, levelIds, "level", "criterion '" + id + "'"), level.text("description"),
                        level.optionalText("example").orElse(null)));
            }
            rubric.add(new Course.Criterion(id, criterion.text("title"), List.copyOf(levels)));
        }
        return new Course.Reflection(reflection.id("id"), reflection.text("prompt"), reflection.text("guidance"), List.copyOf(rubric));
    }

    /** Reads the "id" field and reports it when the same id was already used in its scope. */
    private String uniqueId(String file, YamlFields fields, Set<String> seen, String kind, String scope) {
        String id = fields.id("id");
        if (!id.isEmpty() && !seen.add(id)) {
            problems.add(new CourseProblem(file, fields.lineOf("id"), "the " + kind + " id '" + id + "' is used twice in " + scope));
        }
        return id;
    }

    private Optional<String> readLesson(Path moduleFolder, String lessonFile, String moduleFile, int line) {
        return readMarkdown(moduleFolder, lessonFile, moduleFile, line, "lesson");
    }

    /** Reads a Markdown file named in {@code listedIn}; it must lie inside {@code folder}. */
    private Optional<String> readMarkdown(Path folder, String markdownFile, String listedIn, int line, String kind) {
        if (markdownFile.isEmpty()) {
            return Optional.empty();
        }
        Path path = folder.resolve(markdownFile).normalize();
        if (!path.startsWith(folder) || !Files.isRegularFile(path)) {
            problems.add(new CourseProblem(listedIn, line, "the " + kind + " file '" + markdownFile + "' does not exist in " + name(folder)));
            return Optional.empty();
        }
        Optional<String> markdown = read(path);
        markdown.filter(String::isBlank).ifPresent(empty -> problems.add(new CourseProblem(name(path), 0, "the " + kind + " is empty")));
        return markdown;
    }

    private Optional<YamlFields> parse(Path file, String what) {
        Optional<String> text = read(file);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        LoadSettings settings = LoadSettings.builder().setLabel(name(file)).build();
        try {
            Composer composer = new Composer(settings, new ParserImpl(settings, new StreamReader(settings, text.get())));
            Optional<Node> root = composer.getSingleNode();
            if (root.isEmpty()) {
                problems.add(new CourseProblem(name(file), 0, "the file is empty"));
                return Optional.empty();
            }
            return Optional.of(YamlFields.of(name(file), root.get(), what, problems));
        } catch (MarkedYamlEngineException e) {
            int line = e.getProblemMark().map(mark -> mark.getLine() + 1).orElse(0);
            problems.add(new CourseProblem(name(file), line, "this is not valid YAML: " + e.getProblem()));
        } catch (YamlEngineException e) {
            problems.add(new CourseProblem(name(file), 0, "this is not valid YAML: " + e.getMessage()));
        }
        return Optional.empty();
    }

    private Optional<String> read(Path file) {
        if (!Files.isRegularFile(file)) {
            problems.add(new CourseProblem(name(file), 0, "the file is missing"));
            return Optional.empty();
        }
        try {
            return Optional.of(Files.readString(file, StandardCharsets.UTF_8));
        } catch (MalformedInputException e) {
            problems.add(new CourseProblem(name(file), 0, "the file is not saved as UTF-8 text"));
        } catch (IOException e) {
            problems.add(new CourseProblem(name(file), 0, "the file cannot be read: " + e.getMessage()));
        }
        return Optional.empty();
    }

    private static List<Path> practiceFiles(Path courseFolder) {
        Path practiceFolder = courseFolder.resolve(PRACTICE_FOLDER);
        if (!Files.isDirectory(practiceFolder)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(practiceFolder)) {
            return entries.filter(p -> p.getFileName().toString().endsWith(".yaml")).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    private static List<Path> moduleFolders(Path courseFolder) {
        try (Stream<Path> entries = Files.list(courseFolder)) {
            return entries.filter(p -> Files.isRegularFile(p.resolve("module.yaml"))).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    private String name(Path file) {
        return coursesRoot.relativize(file.toAbsolutePath().normalize()).toString().replace('\\', '/');
    }
}
