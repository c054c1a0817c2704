package org.alongside.supervision;

import org.alongside.platform.ActionRefused;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.alongside.identity.Account;
import org.alongside.identity.Role;
import org.alongside.learning.CohortService;
import org.alongside.learning.Enrolment;
import org.alongside.platform.AuditTrail;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Supervision sessions: who may record, read, change and sign them off, and where each person
 * stands against the requirement. Every call checks the caller's right to the person or session
 * here, whatever the page showed: coordinators may supervise any trainee, a trainer only the
 * trainees of the groups they are assigned to; a session and its private note are for its
 * supervisor, coordinators and the person, never for other trainers.
 */
@ApplicationScoped
@Transactional
public class SupervisionService {

    /** The person or session does not exist (a page answers 404). */
    public static final String NOT_FOUND = "supervision.notFound";
    /** The person or session exists but is not this account's to see or change (a page answers 403). */
    public static final String FORBIDDEN = "supervision.forbidden";

    @PersistenceContext
    EntityManager em;

    @Inject
    CohortService cohorts;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "portal.supervision.required-sessions", defaultValue = "3")
    int requiredSessions;

    @Inject
    @ConfigProperty(name = "portal.supervision.period-months", defaultValue = "6")
    int periodMonths;

    private SupervisionRequirement requirement;

    @PostConstruct
    void readRequirement() {
        requirement = new SupervisionRequirement(requiredSessions, periodMonths);
    }

    /** Where the person stands: signed-off sessions within the period that ends {@code today}, against the number required. */
    public SupervisionStatus status(long personId, LocalDate today) {
        return requirement.status(em.createNamedQuery("SupervisionSession.ofPerson", SupervisionSession.class)
                .setParameter("personId", personId).getResultList(), today);
    }

    /** The supervision status of each of these people, from one query: for lists of many people. */
    public Map<Long, SupervisionStatus> statuses(Collection<Long> personIds, LocalDate today) {
        if (personIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, List<SupervisionSession>> signedOff = em.createNamedQuery("SupervisionSession.signedOffOf", SupervisionSession.class)
                .setParameter("personIds", personIds).getResultStream()
                .collect(Collectors.groupingBy(s -> s.getPerson().getId()));
        return personIds.stream().distinct().collect(Collectors.toMap(id -> id,
                id -> requirement.status(signedOff.getOrDefault(id, List.of()), today)));
    }

    /**
     * The person, for a staff member who may supervise them.
     *
     * @throws ActionRefused not found for an unknown account or one that is not a trainee;
     *                              forbidden for a trainer outside the person's group
     */
    public Account personForStaff(long staffId, long personId) {
        Account staff = account(staffId);
        Account person = trainee(personId);
        requireMaySupervise(staff, person);
        return person;
    }

    /**
     * The person's sessions that this account may read, newest first: all of them for the person
     * and for coordinators, only their own for a trainer who may supervise the person.
     */
    public List<SupervisionSession> sessions(long readerId, long personId) {
        Account reader = account(readerId);
        Account person = trainee(personId);
        List<SupervisionSession> all = em.createNamedQuery("SupervisionSession.ofPerson", SupervisionSession.class)
                .setParameter("personId", personId).getResultList();
        if (readerId == personId || reader.hasRole(Role.COORDINATOR)) {
            return all;
        }
        requireMaySupervise(reader, person);
        return all.stream().filter(session -> session.isSupervisedBy(readerId)).toList();
    }

    /** One session, for its supervisor, a coordinator or the person; anyone else is refused. */
    public SupervisionSession session(long readerId, long sessionId) {
        SupervisionSession session = find(sessionId);
        Account reader = account(readerId);
        boolean mayRead = session.isSupervisedBy(readerId) || session.getPerson().getId() == readerId
                || reader.hasRole(Role.COORDINATOR);
        if (!mayRead) {
            throw new ActionRefused(SupervisionService.FORBIDDEN);
        }
        return session;
    }

    /**
     * Records a session the caller held with the person; the caller is its supervisor.
     *
     * @throws ActionRefused when the caller may not supervise the person or the facts are not valid
     */
    public SupervisionSession record(long supervisorId, long personId, SessionFacts facts, LocalDate today) {
        Account supervisor = account(supervisorId);
        Account person = trainee(personId);
        requireMaySupervise(supervisor, person);
        requireValid(facts, today);
        SupervisionSession session = new SupervisionSession(person, supervisor, facts, clock.instant());
        em.persist(session);
        em.flush();
        audit.record(supervisorId, personId, "supervision-recorded", describe(session));
        return session;
    }

    /** A session its supervisor may still change: their own, not signed off yet. */
    public SupervisionSession forEditing(long supervisorId, long sessionId) {
        SupervisionSession session = ownSession(supervisorId, sessionId);
        if (session.isSignedOff()) {
            throw new ActionRefused("supervision.signedOffFinal");
        }
        return session;
    }

    /** The supervisor changes a session they have not signed off yet. */
    public SupervisionSession edit(long supervisorId, long sessionId, SessionFacts facts, LocalDate today) {
        SupervisionSession session = forEditing(supervisorId, sessionId);
        requireValid(facts, today);
        session.edit(facts);
        return session;
    }

    /** The session's own supervisor signs it off; it counts from now on and can no longer be changed. */
    public SupervisionSession signOff(long supervisorId, long sessionId) {
        SupervisionSession session = ownSession(supervisorId, sessionId);
        if (session.isSignedOff()) {
            throw new ActionRefused("supervision.alreadySignedOff");
        }
        session.signOff(account(supervisorId), clock.instant());
        audit.record(supervisorId, session.getPerson().getId(), "supervision-signed-off", describe(session));
        return session;
    }

    /** The person adds or changes their own reflection on one of their sessions (blank removes it). */
    public SupervisionSession reflect(long personId, long sessionId, String text) {
        SupervisionSession session = find(sessionId);
        if (session.getPerson().getId() != personId) {
            throw new ActionRefused(SupervisionService.FORBIDDEN);
        }
        if (text != null && text.strip().length() > SessionFacts.NOTE_MAX) {
            throw new ActionRefused("supervision.reflectionTooLong", SessionFacts.NOTE_MAX, text.strip().length());
        }
        session.reflect(text, clock.instant());
        return session;
    }

    /** How many people this staff member may supervise whose name or e-mail contains {@code search}. */
    public long countPeople(long staffId, String search) {
        Optional<Supervisable> who = supervisable(account(staffId));
        if (who.isEmpty()) {
            return 0;
        }
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> query = cb.createQuery(Long.class);
        Root<Account> account = query.from(Account.class);
        query.select(cb.count(account)).where(who.get().matching(cb, query, account, search));
        return em.createQuery(query).getSingleResult();
    }

    /** One page of the people this staff member may supervise, by name, each with their status on {@code today}. */
    public List<PersonRow> people(long staffId, String search, int first, int pageSize, LocalDate today) {
        Optional<Supervisable> who = supervisable(account(staffId));
        if (who.isEmpty()) {
            return List.of();
        }
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Account> query = cb.createQuery(Account.class);
        Root<Account> account = query.from(Account.class);
        query.select(account).where(who.get().matching(cb, query, account, search))
                .orderBy(cb.asc(account.get("displayName")), cb.asc(account.get("id")));
        List<Account> page = em.createQuery(query).setFirstResult(first).setMaxResults(pageSize).getResultList();
        if (page.isEmpty()) {
            return List.of();
        }
        List<Long> ids = page.stream().map(Account::getId).toList();
        Map<Long, String> groups = em.createQuery("SELECT e FROM Enrolment e JOIN FETCH e.cohort WHERE e.account.id IN :ids", Enrolment.class)
                .setParameter("ids", ids).getResultStream()
                .collect(Collectors.toMap(e -> e.getAccount().getId(), e -> e.getCohort().getName()));
        Map<Long, SupervisionStatus> statuses = statuses(ids, today);
        return page.stream().map(a -> new PersonRow(a.getId(), a.getDisplayName(), a.getEmail(), groups.get(a.getId()),
                statuses.get(a.getId()))).toList();
    }

    /**
     * Whom a staff member may supervise: coordinators any trainee, trainers the trainees of their
     * groups ({@code cohortIds}); empty for a trainer without groups, who supervises nobody.
     */
    private record Supervisable(List<Long> cohortIds) {

        static final Supervisable ANY_TRAINEE = new Supervisable(null);

        Predicate[] matching(CriteriaBuilder cb, CriteriaQuery<?> query, Root<Account> account, String search) {
            List<Predicate> conditions = new ArrayList<>();
            // One row per account: only its TRAINEE role row matches.
            conditions.add(cb.equal(account.join("roles"), Role.TRAINEE));
            if (cohortIds != null) {
                Subquery<Long> inGroup = query.subquery(Long.class);
                Root<Enrolment> enrolment = inGroup.from(Enrolment.class);
                inGroup.select(enrolment.get("id")).where(cb.equal(enrolment.get("account"), account),
                        enrolment.get("cohort").get("id").in(cohortIds));
                conditions.add(cb.exists(inGroup));
            }
            if (search != null && !search.isBlank()) {
                String pattern = likePattern(search);
                conditions.add(cb.or(cb.like(cb.lower(account.get("displayName")), pattern, '!'),
                        cb.like(cb.lower(account.get("email")), pattern, '!')));
            }
            return conditions.toArray(Predicate[]::new);
        }
    }

    private Optional<Supervisable> supervisable(Account staff) {
        if (staff.hasRole(Role.COORDINATOR)) {
            return Optional.of(Supervisable.ANY_TRAINEE);
        }
        List<Long> cohortIds = staff.hasRole(Role.TRAINER) ? cohorts.cohortIdsOfTrainer(staff.getId()) : List.of();
        return cohortIds.isEmpty() ? Optional.empty() : Optional.of(new Supervisable(cohortIds));
    }

    /** What was typed, matched anywhere and without case; {@code %} and {@code _} mean themselves. */
    private static String likePattern(String search) {
        String escaped = search.strip().toLowerCase(Locale.ROOT).replace("!", "!!").replace("%", "!%").replace("_", "!_");
        return "%" + escaped + "%";
    }

    /** Coordinators supervise any trainee; a trainer only a trainee in one of their groups; nobody supervises themselves. */
    private void requireMaySupervise(Account staff, Account person) {
        if (staff.getId().equals(person.getId())) {
            throw new ActionRefused(SupervisionService.FORBIDDEN);
        }
        if (staff.hasRole(Role.COORDINATOR)) {
            return;
        }
        if (staff.hasRole(Role.TRAINER)) {
            Optional<Long> cohortId = em.createNamedQuery("Enrolment.ofAccount", Enrolment.class).setParameter("accountId", person.getId())
                    .getResultStream().findFirst().map(e -> e.getCohort().getId());
            if (cohortId.isPresent() && cohorts.cohortIdsOfTrainer(staff.getId()).contains(cohortId.get())) {
                return;
            }
        }
        throw new ActionRefused(SupervisionService.FORBIDDEN);
    }

    private SupervisionSession ownSession(long supervisorId, long sessionId) {
        SupervisionSession session = session(supervisorId, sessionId);
        if (!session.isSupervisedBy(supervisorId)) {
            throw new ActionRefused("supervision.notYourSession");
        }
        return session;
    }

    private static void requireValid(SessionFacts facts, LocalDate today) {
        Optional<SessionFacts.Problem> problem = facts.problem(today);
        if (problem.isPresent()) {
            throw ActionRefused.onField(problem.get().field(), problem.get().messageKey(), problem.get().arguments());
        }
    }

    private SupervisionSession find(long sessionId) {
        SupervisionSession session = em.find(SupervisionSession.class, sessionId);
        if (session == null) {
            throw new ActionRefused(SupervisionService.NOT_FOUND);
        }
        return session;
    }

    private Account account(long accountId) {
        Account account = em.find(Account.class, accountId);
        if (account == null) {
            throw new ActionRefused(SupervisionService.NOT_FOUND);
        }
        return account;
    }

    /** Supervision is for trainees and certified supporters, who both hold the trainee role. */
    private Account trainee(long personId) {
        Account person = account(personId);
        if (!person.hasRole(Role.TRAINEE)) {
            throw new ActionRefused(SupervisionService.NOT_FOUND);
        }
        return person;
    }

    private static String describe(SupervisionSession session) {
        return "Session " + session.getId() + " on " + session.getSessionDate() + ", " + session.getDurationMinutes()
                + " minutes, " + session.getFormat() + ", supervisor " + session.getSupervisorName();
    }
}
