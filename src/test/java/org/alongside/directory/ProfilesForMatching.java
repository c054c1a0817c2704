package org.alongside.directory;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.alongside.identity.Account;

/**
 * Listed directory profiles for the matching tests: every field shown, consent given, published.
 * In this package (a CDI bean in the test deployment) because a consent is made only here.
 */
@ApplicationScoped
@Transactional
public class ProfilesForMatching {

    @PersistenceContext
    EntityManager em;

    /** A published profile under a consent in force; the account must hold a valid certificate to be listed. */
    public long listed(long accountId, String displayName, int capacity, Set<Long> areaIds, Set<SupportFormat> formats,
                       Set<String> languages, String region) {
        Account account = em.find(Account.class, accountId);
        Instant now = Instant.now();
        Set<LivedExperienceArea> areas = areaIds.stream().map(id -> em.find(LivedExperienceArea.class, id)).collect(Collectors.toSet());
        SupporterProfile profile = new SupporterProfile(account,
                new ProfileDetails(displayName, "they/them", "I listen.", region, capacity, areas, languages, formats, Set.of()),
                EnumSet.allOf(ProfileField.class), now);
        DirectoryConsent consent = new DirectoryConsent(account, "1", now);
        em.persist(consent);
        profile.publish(consent, now);
        em.persist(profile);
        em.flush();
        return profile.getId();
    }

    /**
     * Moves a certificate's dates round the real today. The test cohort lives in 2031, but the
     * public pages list supporters by the portal's own calendar.
     */
    public void validToday(long certificateId) {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        em.createNativeQuery("UPDATE certificate SET issued_on = ?1, expires_on = ?2 WHERE id = ?3")
                .setParameter(1, today.minusDays(1)).setParameter(2, today.plusYears(1)).setParameter(3, certificateId).executeUpdate();
    }

    /**
     * Puts these profiles first in the directory's order on that day, in the order given, so a
     * test can tell what a look through the first few listed profiles holds.
     */
    public void placeFirst(List<Long> profileIds, LocalDate day) {
        for (int i = 0; i < profileIds.size(); i++) {
            em.createNativeQuery("UPDATE supporter_profile SET directory_position = ?1 WHERE id = ?2")
                    .setParameter(1, DirectorySql.startOn(day) + i).setParameter(2, profileIds.get(i)).executeUpdate();
        }
    }

    public void pause(long profileId) {
        em.find(SupporterProfile.class, profileId).pause(Instant.now());
    }

    public void hideDisplayName(long profileId) {
        SupporterProfile profile = em.find(SupporterProfile.class, profileId);
        Set<ProfileField> shown = profile.shownFields();
        shown.remove(ProfileField.DISPLAY_NAME);
        profile.update(new ProfileDetails(profile.getDisplayName(), profile.getPronouns(), profile.getBio(), profile.getRegion(),
                profile.getCapacity(), profile.getAreas(), profile.getLanguages(), profile.getFormats(), profile.getAvailability()),
                shown, Instant.now());
    }
}
