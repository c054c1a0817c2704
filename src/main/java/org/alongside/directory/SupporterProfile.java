package org.alongside.directory;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.alongside.identity.Account;
import org.alongside.platform.InstantConverter;

/**
 * A certified supporter's directory profile. Coordinators see all of it when matching; the public
 * sees only the fields the supporter ticked, and only while it is published, not paused, under a
 * consent in force and backed by a valid certificate (the listing rule in {@link DirectorySql}).
 */
@Entity
@Table(name = "supporter_profile")
@NamedQuery(name = "SupporterProfile.ofAccount", query = "SELECT p FROM SupporterProfile p WHERE p.account.id = :accountId")
@NamedQuery(name = "SupporterProfile.byIds", query = "SELECT p FROM SupporterProfile p WHERE p.id IN :ids")
public class SupporterProfile {

    public static final int BIO_MAX = 1200;
    public static final int PRONOUNS_MAX = 40;
    public static final int REGION_MAX = 80;
    public static final int LANGUAGE_MAX = 40;
    public static final int CAPACITY_MAX = 10;

    @Id
    @SequenceGenerator(name = "supporter_profile_seq", sequenceName = "supporter_profile_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "supporter_profile_seq")
    private Long id;

    @Version
    private long version;

    @NotNull
    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id", nullable = false, unique = true, updatable = false)
    private Account account;

    @NotBlank
    @Size(max = Account.NAME_MAX)
    @Column(name = "display_name", nullable = false)
    private String displayName;

    @Size(max = PRONOUNS_MAX)
    private String pronouns;

    @Size(max = BIO_MAX)
    private String bio;

    @Size(max = REGION_MAX)
    private String region;

    @Min(1)
    @Max(CAPACITY_MAX)
    @Column(nullable = false)
    private int capacity;

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "supporter_area", joinColumns = @JoinColumn(name = "profile_id"), inverseJoinColumns = @JoinColumn(name = "area_id"))
    private Set<LivedExperienceArea> areas = new HashSet<>();

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "supporter_language", joinColumns = @JoinColumn(name = "profile_id"))
    @Column(name = "language", nullable = false, length = LANGUAGE_MAX)
    private Set<@NotBlank @Size(max = LANGUAGE_MAX) String> languages = new HashSet<>();

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "supporter_format", joinColumns = @JoinColumn(name = "profile_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "format", nullable = false)
    private Set<SupportFormat> formats = EnumSet.noneOf(SupportFormat.class);

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "supporter_availability", joinColumns = @JoinColumn(name = "profile_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "slot", nullable = false)
    private Set<AvailabilitySlot> availability = EnumSet.noneOf(AvailabilitySlot.class);

    @Column(name = "show_display_name", nullable = false)
    private boolean showDisplayName;
    @Column(name = "show_pronouns", nullable = false)
    private boolean showPronouns;
    @Column(name = "show_bio", nullable = false)
    private boolean showBio;
    @Column(name = "show_areas", nullable = false)
    private boolean showAreas;
    @Column(name = "show_languages", nullable = false)
    private boolean showLanguages;
    @Column(name = "show_region", nullable = false)
    private boolean showRegion;
    @Column(name = "show_formats", nullable = false)
    private boolean showFormats;
    @Column(name = "show_availability", nullable = false)
    private boolean showAvailability;

    @Column(nullable = false)
    private boolean published;

    @Column(nullable = false)
    private boolean paused;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "consent_id")
    private DirectoryConsent consent;

    /** The words the profile can be found by, see {@link DirectoryWords}. */
    @NotNull
    @Size(max = DirectoryWords.MAX_BYTES)
    @Column(name = "search_text", nullable = false)
    private String searchText = "";

    /** The shown filter values, see {@link DirectoryFacets}. */
    @NotNull
    @Size(max = 2000)
    @Column(name = "search_facets", nullable = false)
    private String searchFacets = "";

    /**
     * Where the profile stands in the directory's order: drawn at random once, so the order says
     * nothing about who joined first. Each day the list starts at a different place in it.
     */
    @Column(name = "directory_position", nullable = false, updatable = false)
    private int directoryPosition;

    @NotNull
    @Column(name = "updated_at", nullable = false)
    @Convert(converter = InstantConverter.class)
    private Instant updatedAt;

    protected SupporterProfile() {
    }

    public SupporterProfile(Account account, ProfileDetails details, Set<ProfileField> shown, Instant now) {
        this.account = account;
        this.directoryPosition = ThreadLocalRandom.current().nextInt(0, Integer.MAX_VALUE);
        update(details, shown, now);
    }

    /** Replaces what the supporter wrote and what they show; a published profile stays published. */
    public void update(ProfileDetails details, Set<ProfileField> shown, Instant now) {
        displayName = details.displayName().strip();
        pronouns = blankToNull(details.pronouns());
        bio = blankToNull(details.bio());
        region = blankToNull(details.region());
        capacity = details.capacity();
        areas = new HashSet<>(details.areas());
        languages = new HashSet<>(details.languages());
        formats = details.formats().isEmpty() ? EnumSet.noneOf(SupportFormat.class) : EnumSet.copyOf(details.formats());
        availability = details.availability().isEmpty() ? EnumSet.noneOf(AvailabilitySlot.class) : EnumSet.copyOf(details.availability());
        show(shown);
        updatedAt = now;
    }

    private void show(Set<ProfileField> shown) {
        showDisplayName = shown.contains(ProfileField.DISPLAY_NAME);
        showPronouns = shown.contains(ProfileField.PRONOUNS);
        showBio = shown.contains(ProfileField.BIO);
        showAreas = shown.contains(ProfileField.AREAS);
        showLanguages = shown.contains(ProfileField.LANGUAGES);
        showRegion = shown.contains(ProfileField.REGION);
        showFormats = shown.contains(ProfileField.FORMATS);
        showAvailability = shown.contains(ProfileField.AVAILABILITY);
        searchText = DirectoryWords.of(showDisplayName ? displayName : null, showBio ? bio : null);
        List<String> facets = new ArrayList<>();
        if (showAreas) areas.forEach(area -> facets.add(DirectoryFacets.area(area.getId())));
        if (showFormats) formats.forEach(format -> facets.add(DirectoryFacets.format(format)));
        if (showLanguages) languages.forEach(language -> facets.add(DirectoryFacets.language(language)));
        if (showRegion && region != null) facets.add(DirectoryFacets.region(region));
        if (showAvailability) availability.forEach(slot -> facets.add(DirectoryFacets.slot(slot)));
        searchFacets = DirectoryFacets.join(facets);
    }

    public Set<ProfileField> shownFields() {
        Set<ProfileField> shown = EnumSet.noneOf(ProfileField.class);
        if (showDisplayName) shown.add(ProfileField.DISPLAY_NAME);
        if (showPronouns) shown.add(ProfileField.PRONOUNS);
        if (showBio) shown.add(ProfileField.BIO);
        if (showAreas) shown.add(ProfileField.AREAS);
        if (showLanguages) shown.add(ProfileField.LANGUAGES);
        if (showRegion) shown.add(ProfileField.REGION);
        if (showFormats) shown.add(ProfileField.FORMATS);
        if (showAvailability) shown.add(ProfileField.AVAILABILITY);
        return shown;
    }

    public void publish(DirectoryConsent givenConsent, Instant now) {
        consent = givenConsent;
        published = true;
        updatedAt = now;
    }

    /** Takes the profile out of the directory; the consent itself is withdrawn by the caller if asked. */
    public void unpublish(Instant now) {
        published = false;
        updatedAt = now;
    }

    public void pause(Instant now) {
        paused = true;
        updatedAt = now;
    }

    public void resume(Instant now) {
        paused = false;
        updatedAt = now;
    }

    /** What the public sees; an unsaved profile (the editor's first preview) has no id yet and shows as 0. */
    public PublicProfile publicView() {
        return new PublicProfile(id == null ? 0L : id,
                showDisplayName ? displayName : null,
                showPronouns ? pronouns : null,
                showBio ? bio : null,
                showAreas ? areas.stream().map(LivedExperienceArea::getName).sorted().toList() : List.of(),
                showLanguages ? languages.stream().sorted().toList() : List.of(),
                showRegion ? region : null,
                showFormats ? formats.stream().sorted().toList() : List.of(),
                showAvailability ? availability.stream().sorted(Comparator.naturalOrder()).toList() : List.of());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public Account getAccount() {
        return account;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getPronouns() {
        return pronouns;
    }

    public String getBio() {
        return bio;
    }

    public String getSearchFacets() {
        return searchFacets;
    }

    public String getSearchText() {
        return searchText;
    }

    public String getRegion() {
        return region;
    }

    public int getCapacity() {
        return capacity;
    }

    public Set<LivedExperienceArea> getAreas() {
        return Set.copyOf(areas);
    }

    public Set<String> getLanguages() {
        return Set.copyOf(languages);
    }

    public Set<SupportFormat> getFormats() {
        return Set.copyOf(formats);
    }

    public Set<AvailabilitySlot> getAvailability() {
        return Set.copyOf(availability);
    }

    public boolean isPublished() {
        return published;
    }

    public boolean isPaused() {
        return paused;
    }

    public DirectoryConsent getConsent() {
        return consent;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
