package org.alongside.matching;

import org.alongside.platform.ActionRefused;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.alongside.certification.Certificate;
import org.alongside.certification.CertificateStatus;
import org.alongside.certification.CertificationService;
import org.alongside.directory.DirectorySearch;
import org.alongside.directory.LivedExperienceArea;
import org.alongside.directory.PublicProfile;
import org.alongside.directory.ProfileStatus;
import org.alongside.directory.SupporterProfile;
import org.alongside.identity.Account;
import org.alongside.identity.Role;
import org.alongside.platform.AuditTrail;
import org.alongside.platform.PortalLinks;
import org.alongside.platform.Texts;
import org.alongside.platform.mail.MailService;
import org.alongside.safety.HelpView;
import org.alongside.supervision.SupervisionService;
import org.alongside.supervision.SupervisionStatus;

/**
 * Support requests from the public, the coordinators' queue, offers to supporters and their
 * answers. Every step checks here who is asking, whatever a page sent: coordinators work the
 * queue, a supporter answers only their own offers (anything else is "not found"). Capacity holds
 * because an offer is made with the supporter's account row locked, so two coordinators cannot
 * fill the same last place. E-mails never carry the requester's details, except the one to the
 * requester themself.
 */
@ApplicationScoped
@Transactional
public class MatchingService {

    /** An offer or request that does not exist, or is not this account's: as far as they can tell, not there at all. */
    public static final String NOT_FOUND = "matching.notFound";

    @PersistenceContext
    EntityManager em;

    @Inject
    DirectorySearch directory;

    @Inject
    CertificationService certification;

    @Inject
    SupervisionService supervision;

    @Inject
    MatchingSettings settings;

    @Inject
    AuditTrail audit;

    @Inject
    MailService mail;

    @Inject
    PortalLinks links;

    @Inject
    HelpView help;

    @Inject
    Clock clock;

    /** The supporter a request form is for, as the public sees them, only while they are listed. */
    public Optional<PublicProfile> listedSupporter(long profileId, LocalDate today) {
        return directory.listedProfile(profileId, today);
    }

    /** The areas of lived experience someone asking for support can choose from. */
    public List<LivedExperienceArea> areas() {
        // Filtered here rather than by LivedExperienceArea.current: EclipseLink writes its FALSE as 0, which H2 2 refuses.
        return em.createNamedQuery("LivedExperienceArea.all", LivedExperienceArea.class).getResultStream()
                .filter(area -> !area.isRetired()).toList();
    }

    /**
     * Puts a request from the public form in the coordinators' queue and tells them, without the
     * requester's details. The supporter it was sent from must still be listed.
     */
    public SupportRequest submit(long profileId, RequestDetails details, LocalDate today) {
        if (listedSupporter(profileId, today).isEmpty()) {
            throw new ActionRefused("matching.supporterNotListed");
        }
        if (details.name() == null || details.email() == null) {
            throw new ActionRefused("matching.nameAndEmailRequired");
        }
        LivedExperienceArea area = details.areaId() == null ? null : em.find(LivedExperienceArea.class, details.areaId());
        if (details.areaId() != null && (area == null || area.isRetired())) {
            throw new ActionRefused("matching.unknownArea");
        }
        SupportRequest request = new SupportRequest(details, area, em.find(SupporterProfile.class, profileId),
                settings.consentVersion(), clock.instant());
        em.persist(request);
        em.flush();
        for (Account coordinator : coordinators()) {
            mail.queue(coordinator.getEmail(), coordinator.getId(),
                    Texts.get(Locale.ENGLISH, "mail.supportRequest.subject"),
                    Texts.get(Locale.ENGLISH, "mail.supportRequest.body", coordinator.getDisplayName(),
                            links.to("/coordinator/support-request.xhtml?id=" + request.getId())));
        }
        return request;
    }

    public long count(SupportRequestStatus status) {
        return em.createNamedQuery("SupportRequest.countWithStatus", Long.class).setParameter("status", status).getSingleResult();
    }

    /** A page of the queue with this status, oldest first: whoever has waited longest comes first. */
    public List<SupportRequest> withStatus(SupportRequestStatus status, int first, int pageSize) {
        return em.createNamedQuery("SupportRequest.withStatus", SupportRequest.class).setParameter("status", status)
                .setFirstResult(first).setMaxResults(pageSize).getResultList();
    }

    /** One request, for a coordinator. */
    public SupportRequest request(long coordinatorId, long requestId) {
        coordinator(coordinatorId);
        return findRequest(requestId);
    }

    /** Every offer of the request, newest first. */
    public List<SupportOffer> offersOf(long coordinatorId, long requestId) {
        coordinator(coordinatorId);
        return em.createNamedQuery("SupportOffer.ofRequest", SupportOffer.class).setParameter("requestId", requestId).getResultList();
    }

    /** The supporters who may be offered the request today, best fit first. */
    public List<RankedSupporter> ranked(long coordinatorId, long requestId, LocalDate today) {
        coordinator(coordinatorId);
        SupportRequest request = findRequest(requestId);
        return SupporterRanking.rank(request.needs(), candidates(request, today));
    }

    /** When the person asked for a supporter who cannot be offered the request today, why not. */
    public Optional<NotOffered> whyAskedForIsNotOffered(long coordinatorId, long requestId, LocalDate today) {
        coordinator(coordinatorId);
        SupportRequest request = findRequest(requestId);
        SupporterProfile asked = request.getAskedProfile();
        if (asked == null) {
            return Optional.empty();
        }
        return SupporterRanking.whyNot(candidates(List.of(asked), today, declinedBy(request)).get(0));
    }

    /**
     * Offers a waiting request to a supporter and tells them by e-mail. Refused unless the request
     * is waiting and the supporter is eligible today, capacity counted with their account locked.
     */
    public SupportOffer offer(long coordinatorId, long requestId, long profileId, LocalDate today) {
        Account coordinator = coordinator(coordinatorId);
        // The request row lock makes a second coordinator offering the same request wait, then see it offered.
        SupportRequest request = lockedRequest(requestId);
        if (request.getStatus() != SupportRequestStatus.WAITING) {
            throw new ActionRefused("matching.notWaiting");
        }
        SupporterProfile profile = em.find(SupporterProfile.class, profileId);
        if (profile == null) {
            throw new ActionRefused(MatchingService.NOT_FOUND);
        }
        // The supporter's account lock makes offers to the same supporter one at a time, so the count below is the truth.
        Account supporter = em.find(Account.class, profile.getAccount().getId(), LockModeType.PESSIMISTIC_WRITE);
        em.refresh(profile);
        Candidate candidate = candidates(List.of(profile), today, declinedBy(request)).get(0);
        Optional<NotOffered> whyNot = SupporterRanking.whyNot(candidate);
        if (whyNot.isPresent()) {
            throw new ActionRefused("matching.notOffered." + whyNot.get().name());
        }
        SupportOffer offer = new SupportOffer(request, supporter, coordinator, clock.instant());
        em.persist(offer);
        request.offered();
        em.flush();
        audit.record(coordinatorId, supporter.getId(), "support.offered", "Support request " + requestId);
        tellSupporter(offer, "mail.supportOffered");
        return offer;
    }

    /** Every offer made to a supporter, newest first. */
    public List<SupportOffer> offersFor(long supporterId) {
        return em.createNamedQuery("SupportOffer.ofSupporter", SupportOffer.class).setParameter("supporterId", supporterId).getResultList();
    }

    /** The supporter accepts; the requester is told what happens next and the supporter's shown name, nothing more. */
    public SupportOffer accept(long supporterId, long offerId) {
        SupportOffer offer = ownOffer(supporterId, offerId, SupportOfferStatus.OFFERED);
        offer.accept(clock.instant());
        SupportRequest request = offer.getRequest();
        request.matched();
        audit.record(supporterId, supporterId, "support.accepted", "Support request " + request.getId());
        String shownName = em.createNamedQuery("SupporterProfile.ofAccount", SupporterProfile.class).setParameter("accountId", supporterId)
                .getResultStream().findFirst().map(profile -> profile.publicView().displayName())
                .orElse(null);
        mail.queue(request.getEmail(), null,
                Texts.get(Locale.ENGLISH, "mail.supportAccepted.subject"),
                Texts.get(Locale.ENGLISH, "mail.supportAccepted.body", request.getName(),
                        shownName == null ? Texts.get(Locale.ENGLISH, "mail.supportAccepted.aSupporter") : shownName, crisisLines()));
        return offer;
    }

    /** The supporter says no; the request goes back to the queue and the coordinator who offered it is told. */
    public SupportOffer decline(long supporterId, long offerId) {
        SupportOffer offer = ownOffer(supporterId, offerId, SupportOfferStatus.OFFERED);
        offer.decline(clock.instant());
        SupportRequest request = offer.getRequest();
        request.backToQueue();
        audit.record(supporterId, supporterId, "support.declined", "Support request " + request.getId());
        tellCoordinators(offer, "mail.supportDeclined");
        return offer;
    }

    /**
     * Tells the coordinator who made the offer, or every coordinator if they no longer coordinate,
     * with a link to the request only: the mail carries nothing of the person asking.
     */
    private void tellCoordinators(SupportOffer offer, String mailKey) {
        Account offeredBy = offer.getOfferedBy();
        List<Account> toTell = offeredBy != null && offeredBy.isActive() && offeredBy.hasRole(Role.COORDINATOR) ? List.of(offeredBy) : coordinators();
        for (Account coordinator : toTell) {
            mail.queue(coordinator.getEmail(), coordinator.getId(),
                    Texts.get(Locale.ENGLISH, mailKey + ".subject"),
                    Texts.get(Locale.ENGLISH, mailKey + ".body", coordinator.getDisplayName(),
                            links.to("/coordinator/support-request.xhtml?id=" + offer.getRequest().getId())));
        }
    }

    private void tellSupporter(SupportOffer offer, String mailKey) {
        Account supporter = offer.getSupporter();
        mail.queue(supporter.getEmail(), supporter.getId(),
                Texts.get(Locale.ENGLISH, mailKey + ".subject"),
                Texts.get(Locale.ENGLISH, mailKey + ".body", supporter.getDisplayName(), links.to("/trainee/support.xhtml")));
    }

    /**
     * Ends an offer and frees the supporter's place. The supporter may end a support under way; a
     * coordinator may also withdraw an offer not answered yet, which puts the request back in the
     * queue. An ended support closes the request.
     */
    public SupportOffer end(long actorId, long offerId) {
        SupportOffer offer = em.find(SupportOffer.class, offerId);
        Account actor = em.find(Account.class, actorId);
        if (offer == null || actor == null) {
            throw new ActionRefused(MatchingService.NOT_FOUND);
        }
        boolean own = offer.isFor(actorId);
        boolean coordinating = actor.isActive() && actor.hasRole(Role.COORDINATOR);
        if (!own && !coordinating) {
            throw new ActionRefused(MatchingService.NOT_FOUND);
        }
        SupportRequest request = offer.getRequest();
        if (offer.getStatus() == SupportOfferStatus.ACCEPTED) {
            offer.end(clock.instant());
            request.close(clock.instant());
            audit.record(actorId, offer.getSupporter().getId(), "support.ended", "Support request " + request.getId());
            // Whoever ended it, the other side hears of it.
            if (own) {
                tellCoordinators(offer, "mail.supportEndedBySupporter");
                // The person supported has no account to look at: without this they would simply stop hearing back
                // (for example when the supporter's account is erased).
                mail.queue(request.getEmail(), null, Texts.get(Locale.ENGLISH, "mail.supportEndedToRequester.subject"),
                        Texts.get(Locale.ENGLISH, "mail.supportEndedToRequester.body", request.getName(), links.to("/directory"), crisisLines()));
            } else {
                tellSupporter(offer, "mail.supportEndedByCoordinator");
            }
        } else if (offer.getStatus() == SupportOfferStatus.OFFERED && coordinating) {
            offer.end(clock.instant());
            request.backToQueue();
            audit.record(actorId, offer.getSupporter().getId(), "support.withdrawn", "Support request " + request.getId());
            tellSupporter(offer, "mail.supportWithdrawn");
        } else {
            throw new ActionRefused("matching.cannotEnd");
        }
        return offer;
    }

    /** A coordinator closes a waiting request nobody will take up (e.g. the person no longer needs it). */
    public SupportRequest close(long coordinatorId, long requestId) {
        coordinator(coordinatorId);
        SupportRequest request = lockedRequest(requestId);
        if (request.getStatus() != SupportRequestStatus.WAITING) {
            throw new ActionRefused("matching.closeOnlyWaiting");
        }
        request.close(clock.instant());
        audit.record(coordinatorId, coordinatorId, "support-request.closed", "Support request " + requestId);
        return request;
    }

    /**
     * Erases a request and its offers at once, e.g. when the person asks. The trail keeps only the
     * request's number, against the coordinator who deleted it (the requester has no account).
     */
    public void delete(long coordinatorId, long requestId) {
        coordinator(coordinatorId);
        lockedRequest(requestId);
        erase(List.of(requestId));
        audit.record(coordinatorId, coordinatorId, "support-request.deleted", "Support request " + requestId);
    }

    /** Deletes requests closed longer ago than the retention period; returns how many. Run by the nightly retention job. */
    public int deleteExpired(Instant now) {
        List<Long> ids = expired(now);
        if (!ids.isEmpty()) {
            erase(ids);
        }
        return ids.size();
    }

    /** How many closed requests the next retention run will delete. */
    public int countExpired(Instant now) {
        return expired(now).size();
    }

    private List<Long> expired(Instant now) {
        return em.createNamedQuery("SupportRequest.closedBefore", Long.class)
                .setParameter("before", now.minus(settings.retentionDays(), ChronoUnit.DAYS)).getResultList();
    }

    private void erase(Collection<Long> requestIds) {
        List<String> emails = new ArrayList<>(em.createQuery("SELECT DISTINCT r.email FROM SupportRequest r WHERE r.id IN :ids", String.class)
                .setParameter("ids", requestIds).getResultList());
        em.createQuery("DELETE FROM SupportOffer o WHERE o.request.id IN :ids").setParameter("ids", requestIds).executeUpdate();
        em.createQuery("DELETE FROM SupportRequest r WHERE r.id IN :ids").setParameter("ids", requestIds).executeUpdate();
        // Mail to a requester belongs to no account; once none of their requests is left, their address leaves the outbox too.
        emails.removeAll(em.createQuery("SELECT r.email FROM SupportRequest r WHERE r.email IN :emails", String.class)
                .setParameter("emails", emails).getResultList());
        if (!emails.isEmpty()) {
            em.createQuery("DELETE FROM OutboxMessage m WHERE m.recipient IN :emails AND m.accountId IS NULL")
                    .setParameter("emails", emails).executeUpdate();
        }
        em.clear();
    }

    /** Everyone with a profile who could be offered the request; the ranking decides who may. */
    private List<Candidate> candidates(SupportRequest request, LocalDate today) {
        // Only supporters whose certificate could still be valid are worth looking at; the ranking checks the rest
        // (pause and active included: EclipseLink binds booleans as 0/1, which H2 2 refuses to compare with a BOOLEAN).
        List<SupporterProfile> profiles = em.createQuery("SELECT p FROM SupporterProfile p WHERE"
                        + " EXISTS (SELECT c FROM Certificate c WHERE c.account = p.account AND c.revokedAt IS NULL AND c.expiresOn >= :today)",
                        SupporterProfile.class)
                .setParameter("today", today)
                // Their accounts and chosen areas, formats and languages come in a few queries, not a few per supporter.
                .setHint("eclipselink.batch.type", "IN")
                .setHint("eclipselink.batch", "p.account")
                .setHint("eclipselink.batch", "p.areas")
                .setHint("eclipselink.batch", "p.formats")
                .setHint("eclipselink.batch", "p.languages")
                .getResultList();
        return candidates(profiles, today, declinedBy(request));
    }

    /** What the ranking needs to know of each supporter, read for all of them at once. */
    private List<Candidate> candidates(List<SupporterProfile> profiles, LocalDate today, Set<Long> declined) {
        List<Long> accountIds = profiles.stream().map(profile -> profile.getAccount().getId()).toList();
        PlacesTaken taken = placesTaken(accountIds);
        Map<Long, List<Certificate>> certificates = certification.certificatesOf(accountIds);
        Map<Long, SupervisionStatus> supervised = supervision.statuses(accountIds, today);
        return profiles.stream().map(profile -> {
            Account account = profile.getAccount();
            long accountId = account.getId();
            boolean certified = certificates.getOrDefault(accountId, List.of()).stream()
                    .anyMatch(certificate -> certificate.status(today) == CertificateStatus.VALID && !certificate.getIssuedOn().isAfter(today));
            return new Candidate(profile.getId(), accountId, profile.getDisplayName(),
                    profile.getAreas().stream().map(LivedExperienceArea::getId).collect(Collectors.toSet()),
                    profile.getFormats(), profile.getLanguages(), profile.getRegion(), profile.getCapacity(), taken.of(accountId),
                    account.isActive(), ProfileStatus.of(profile), certified, supervised.get(accountId).met(), declined.contains(accountId));
        }).toList();
    }

    /** Accounts of the supporters who said no to this request. */
    private Set<Long> declinedBy(SupportRequest request) {
        return em.createNamedQuery("SupportOffer.ofRequest", SupportOffer.class).setParameter("requestId", request.getId())
                .getResultStream().filter(offer -> offer.getStatus() == SupportOfferStatus.DECLINED)
                .map(offer -> offer.getSupporter().getId()).collect(Collectors.toSet());
    }

    /** Offers waiting for an answer plus supports under way, per supporter account. */
    private record PlacesTaken(Map<Long, Long> byAccount) {
        long of(long accountId) {
            return byAccount.getOrDefault(accountId, 0L);
        }
    }

    private PlacesTaken placesTaken(List<Long> accountIds) {
        if (accountIds.isEmpty()) {
            return new PlacesTaken(Map.of());
        }
        return new PlacesTaken(em.createNamedQuery("SupportOffer.placesTaken", Object[].class).setParameter("ids", accountIds)
                .getResultStream().collect(Collectors.toMap(row -> ((Number) row[0]).longValue(), row -> ((Number) row[1]).longValue())));
    }

    /** The configured crisis lines as lines of plain text, for e-mails. */
    private String crisisLines() {
        return help.getLines().stream().map(line -> "- " + line.name() + ": " + line.action() + " (" + line.availability() + ")")
                .collect(Collectors.joining("\n"));
    }

    private SupportOffer ownOffer(long supporterId, long offerId, SupportOfferStatus expected) {
        SupportOffer offer = em.find(SupportOffer.class, offerId, LockModeType.PESSIMISTIC_WRITE);
        if (offer == null || !offer.isFor(supporterId)) {
            throw new ActionRefused(MatchingService.NOT_FOUND);
        }
        if (offer.getStatus() != expected) {
            throw new ActionRefused("matching.alreadyAnswered");
        }
        return offer;
    }

    private SupportRequest findRequest(long requestId) {
        return Optional.ofNullable(em.find(SupportRequest.class, requestId))
                .orElseThrow(() -> new ActionRefused(MatchingService.NOT_FOUND));
    }

    /** The request, locked until the transaction ends, so two coordinators act on it one after the other. */
    private SupportRequest lockedRequest(long requestId) {
        return Optional.ofNullable(em.find(SupportRequest.class, requestId, LockModeType.PESSIMISTIC_WRITE))
                .orElseThrow(() -> new ActionRefused(MatchingService.NOT_FOUND));
    }

    private List<Account> coordinators() {
        return em.createQuery("SELECT a FROM Account a JOIN a.roles r WHERE r = :role ORDER BY a.id", Account.class)
                .setParameter("role", Role.COORDINATOR).getResultStream().filter(Account::isActive).toList();
    }

    private Account coordinator(long accountId) {
        Account account = em.find(Account.class, accountId);
        if (account == null || !account.isActive() || !account.hasRole(Role.COORDINATOR)) {
            throw new ActionRefused("matching.notCoordinator");
        }
        return account;
    }
}
