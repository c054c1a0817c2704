package org.alongside.learning;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.alongside.course.Course;
import org.alongside.course.CourseCatalog;
import org.alongside.identity.Account;

/**
 * A trainee working through their cohort's course: what is open to them, their progress, their
 * place, finished lessons and knowledge-check attempts. Every method checks on the server that
 * the trainee is enrolled and the module's day is open, whatever page or address they came from.
 * "Today" is passed in by the caller (the portal's calendar, or a test), never read here.
 */
@ApplicationScoped
@Transactional
public class LearningService {

    @PersistenceContext
    EntityManager em;

    @Inject
    CourseCatalog catalog;

    @Inject
    Clock clock;

    public Optional<TraineeCourse> courseOf(long accountId, LocalDate today) {
        return enrolment(accountId).flatMap(enrolment -> courseOf(accountId, enrolment, today));
    }

    /**
     * The trainee opens a lesson: it becomes their place in the course. Reopening the lesson they
     * were on keeps how far down they had read, and writes nothing.
     */
    public TraineeCourse openLesson(long accountId, String moduleId, String lessonId, LocalDate today) {
        Enrolment enrolment = enrolment(accountId).orElseThrow(LearningException::notEnrolled);
        TraineeCourse course = courseOf(accountId, enrolment, today).orElseThrow(LearningException::notEnrolled);
        course.openLesson(moduleId, lessonId);
        if (!enrolment.isAt(moduleId, lessonId)) {
            keepPlace(accountId, moduleId, lessonId, 0);
        }
        return course;
    }

    /** Remembers how far down a lesson the trainee is (per cent), e.g. when they take a break. */
    public void keepPlace(long accountId, String moduleId, String lessonId, int position, LocalDate today) {
        require(accountId, today).openLesson(moduleId, lessonId);
        keepPlace(accountId, moduleId, lessonId, position);
    }

    /*
     * The place is written with a plain update rather than through the versioned entity: two tabs
     * open on different lessons must both load, and the last place written is the right one.
     */
    private void keepPlace(long accountId, String moduleId, String lessonId, int position) {
        em.createNamedQuery("Enrolment.keepPlace")
                .setParameter("accountId", accountId).setParameter("moduleId", moduleId).setParameter("lessonId", lessonId)
                .setParameter("position", Enrolment.clampPosition(position)).setParameter("savedAt", clock.instant())
                .executeUpdate();
    }

    /** Marks a lesson done. Marking it again changes nothing. */
    public void completeLesson(long accountId, String moduleId, String lessonId, LocalDate today) {
        TraineeCourse course = require(accountId, today);
        course.openLesson(moduleId, lessonId);
        boolean already = em.createNamedQuery("LessonProgress.find", LessonProgress.class)
                .setParameter("accountId", accountId).setParameter("courseId", course.course().id())
                .setParameter("moduleId", moduleId).setParameter("lessonId", lessonId)
                .getResultStream().findAny().isPresent();
        if (!already) {
            em.persist(new LessonProgress(em.getReference(Account.class, accountId), course.course().id(),
                    course.course().version(), moduleId, lessonId, clock.instant()));
        }
    }

    /**
     * Marks and records a go at a module's knowledge check. The submission key is made when the
     * questions are shown: the same key sent again (a double click, a resent form) returns the
     * attempt already recorded instead of counting twice.
     */
    public CheckAttempt submitCheck(long accountId, String moduleId, String submissionKey,
                                    Map<String, Set<String>> answers, LocalDate today) {
        Optional<CheckAttempt> earlier = attempt(accountId, submissionKey);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        TraineeCourse course = require(accountId, today);
        Course.Module module = course.openModule(moduleId);
        Account trainee = em.getReference(Account.class, accountId);
        CheckAttempt attempt = new CheckAttempt(trainee, course.course().id(), course.course().version(), moduleId,
                submissionKey, CheckMarking.of(module.knowledgeCheck(), answers), clock.instant());
        em.persist(attempt);
        moduleProgress(trainee, course.course().id(), moduleId).record(attempt);
        return attempt;
    }

    /** The trainee sent a version of their reflection for a module to the trainers. */
    public void reflectionSent(long accountId, String courseId, String moduleId) {
        moduleProgress(em.getReference(Account.class, accountId), courseId, moduleId).reflectionSent();
    }

    /** A trainer asked the trainee for another version of their reflection. */
    public void reflectionReturned(long accountId, String courseId, String moduleId) {
        moduleProgress(em.getReference(Account.class, accountId), courseId, moduleId).reflectionReturned();
    }

    /** A trainer accepted the trainee's reflection for a module: one of the three steps to completing it. */
    public void acceptReflection(long accountId, String courseId, String moduleId) {
        moduleProgress(em.getReference(Account.class, accountId), courseId, moduleId).acceptReflection(clock.instant());
    }

    public Optional<CheckAttempt> attempt(long accountId, String submissionKey) {
        return em.createNamedQuery("CheckAttempt.bySubmission", CheckAttempt.class)
                .setParameter("accountId", accountId).setParameter("submissionKey", submissionKey)
                .getResultStream().findFirst();
    }

    /** The trainee's attempts at a module's knowledge check, newest first. */
    public List<CheckAttempt> attempts(long accountId, String courseId, String moduleId) {
        return em.createNamedQuery("CheckAttempt.ofModule", CheckAttempt.class)
                .setParameter("accountId", accountId).setParameter("courseId", courseId).setParameter("moduleId", moduleId)
                .getResultList();
    }

    public Optional<ModuleProgress> moduleProgress(long accountId, String courseId, String moduleId) {
        return em.createNamedQuery("ModuleProgress.find", ModuleProgress.class)
                .setParameter("accountId", accountId).setParameter("courseId", courseId).setParameter("moduleId", moduleId)
                .getResultStream().findFirst();
    }

    private ModuleProgress moduleProgress(Account trainee, String courseId, String moduleId) {
        return moduleProgress((long) trainee.getId(), courseId, moduleId).orElseGet(() -> {
            ModuleProgress created = new ModuleProgress(trainee, courseId, moduleId);
            em.persist(created);
            return created;
        });
    }

    private CourseProgress progress(long accountId, Course course) {
        return progressOf(List.of(accountId), course).get(accountId);
    }

    /**
     * Several trainees' progress through a course, in one query whatever their number (for a
     * cohort's overview). Every account asked for has an entry, empty when they have done nothing.
     */
    public Map<Long, CourseProgress> progressOf(Collection<Long> accountIds, Course course) {
        Map<Long, Map<String, Set<String>>> lessonsDone = new HashMap<>();
        Map<Long, Set<String>> checksPassed = new HashMap<>();
        Map<Long, Map<String, ReflectionStage>> reflections = new HashMap<>();
        if (!accountIds.isEmpty()) {
            em.createNamedQuery("LessonProgress.withModulesOfAccounts", Object[].class)
                    .setParameter("accountIds", accountIds).setParameter("courseId", course.id()).getResultStream()
                    .forEach(row -> {
                        long accountId = ((Number) row[0]).longValue();
                        String moduleId = (String) row[1];
                        String lessonId = (String) row[2];
                        if (lessonId != null && !lessonId.isEmpty()) {
                            lessonsDone.computeIfAbsent(accountId, id -> new HashMap<>())
                                    .computeIfAbsent(moduleId, id -> new HashSet<>()).add(lessonId);
                        }
                        if (((Number) row[3]).intValue() == 1) {
                            checksPassed.computeIfAbsent(accountId, id -> new HashSet<>()).add(moduleId);
                        }
                        // The union's columns take their types from its first part, so the stage comes as its name.
                        String stage = (String) row[4];
                        if (stage != null && !stage.isEmpty()) {
                            reflections.computeIfAbsent(accountId, id -> new HashMap<>()).put(moduleId, ReflectionStage.valueOf(stage));
                        }
                    });
        }
        Map<Long, CourseProgress> progress = new HashMap<>();
        for (Long accountId : accountIds) {
            progress.put(accountId, CourseProgress.of(course, lessonsDone.getOrDefault(accountId, Map.of()),
                    checksPassed.getOrDefault(accountId, Set.of()), reflections.getOrDefault(accountId, Map.of())));
        }
        return progress;
    }

    private Optional<TraineeCourse> courseOf(long accountId, Enrolment enrolment, LocalDate today) {
        return catalog.course(enrolment.getCohort().getCourseId())
                .map(course -> new TraineeCourse(enrolment.getCohort(), course, progress(accountId, course),
                        enrolment.place(), today, enrolment.hasAgreed()));
    }

    private TraineeCourse require(long accountId, LocalDate today) {
        return courseOf(accountId, today).orElseThrow(LearningException::notEnrolled);
    }

    private Optional<Enrolment> enrolment(long accountId) {
        return em.createNamedQuery("Enrolment.forTraineePages", Enrolment.class)
                .setParameter("accountId", accountId).getResultStream().findFirst();
    }
}
