package org.alongside.directory;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.alongside.identity.Account;
import org.alongside.learning.LearningCalendar;
import org.alongside.safety.Finding;
import org.alongside.safety.SafeSharingHighlighter;
import org.alongside.web.CurrentAccount;
import org.alongside.web.Page;

/**
 * A certified supporter's own directory profile: the form with a "show publicly" tick per field,
 * a live preview of what the public will see, and publishing with consent, pausing, unpublishing
 * and withdrawing consent. Every step is checked again by {@link DirectoryService}.
 */
@Named
@ViewScoped
public class DirectoryProfileView implements Serializable {

    private static final long serialVersionUID = 1L;
    /** Lived experience can reveal health: those fields start unticked, the rest ticked. */
    private static final Set<ProfileField> SHOWN_AT_FIRST = EnumSet.complementOf(EnumSet.of(ProfileField.BIO, ProfileField.AREAS));

    @Inject
    DirectoryService directory;

    @Inject
    CurrentAccount current;

    @Inject
    LearningCalendar calendar;

    private boolean certified;
    private String displayName;
    private String pronouns;
    private String bio;
    private List<String> areaIds = new ArrayList<>();
    private List<String> languages = new ArrayList<>();
    private String region;
    private List<String> formats = new ArrayList<>();
    private List<String> availability = new ArrayList<>();
    private Integer capacity;
    private final HashMap<String, Boolean> shown = new HashMap<>();
    private boolean consent;
    /** What the safe-sharing check picks out in the bio as typed; worked out again when the bio changes. */
    private transient List<Finding> findings;
    private transient SupporterProfile profile;
    private transient PublicProfile preview;

    public void load() {
        Account account = current.require();
        certified = directory.isCertified(account.getId(), calendar.today());
        profile = directory.profileOf(account.getId()).orElse(null);
        if (profile == null) {
            displayName = account.getDisplayName();
            capacity = 2;
            SHOWN_AT_FIRST.forEach(field -> shown.put(field.name(), true));
        } else {
            fillFrom(profile);
        }
    }

    private void fillFrom(SupporterProfile saved) {
        displayName = saved.getDisplayName();
        pronouns = saved.getPronouns();
        bio = saved.getBio();
        areaIds = saved.getAreas().stream().map(area -> area.getId().toString()).collect(Collectors.toCollection(ArrayList::new));
        languages = new ArrayList<>(saved.getLanguages());
        region = saved.getRegion();
        formats = saved.getFormats().stream().map(Enum::name).collect(Collectors.toCollection(ArrayList::new));
        availability = saved.getAvailability().stream().map(Enum::name).collect(Collectors.toCollection(ArrayList::new));
        capacity = saved.getCapacity();
        shown.clear();
        saved.shownFields().forEach(field -> shown.put(field.name(), true));
    }

    public void save() {
        refreshPreview();
        DirectoryService.SaveResult result = directory.save(accountId(), input(), calendar.today());
        if (result instanceof DirectoryService.Saved saved) {
            profile = saved.profile();
            if (saved.bioFindings().isEmpty()) {
                Page.info(profile.isPublished() ? "directory.savedListed" : "directory.saved");
            } else {
                Page.warn("directory.savedButFlagged");
            }
        } else if (result instanceof DirectoryService.BioFlagged) {
            Page.fieldError("profile:bio", "directory.flaggedWhilePublished");
        } else if (result instanceof DirectoryService.Invalid invalid) {
            for (FieldProblem problem : invalid.problems()) {
                Page.fieldError("profile:" + problem.field(), problem.messageKey(), problem.arguments().toArray());
            }
            Page.error("directory.checkFields");
        }
    }

    public void publish() {
        refreshPreview();
        try {
            DirectoryService.PublishResult result = directory.publish(accountId(), consent, calendar.today());
            if (result instanceof DirectoryService.Published) {
                Page.info("directory.publishedNow");
            } else if (result instanceof DirectoryService.BioFlagged) {
                Page.error("directory.flaggedCannotPublish");
            }
        } finally {
            // Consent is ticked for one publishing, never carried over to the next attempt.
            consent = false;
            profile = null;
        }
    }

    public void unpublish() {
        act(() -> directory.unpublish(accountId()), "directory.unpublishedNow");
    }

    public void withdrawConsent() {
        act(() -> directory.withdrawConsent(accountId()), "directory.withdrawnNow");
    }

    public void pause() {
        act(() -> directory.pause(accountId()), "directory.pausedNow");
    }

    public void resume() {
        act(() -> directory.resume(accountId()), "directory.resumedNow");
    }

    private void act(Runnable step, String doneKey) {
        try {
            step.run();
            Page.info(doneKey);
        } finally {
            profile = null;
        }
    }

    /** The ajax listener of each field: the preview and the bio's check are worked out again from what is typed. */
    public void refreshPreview() {
        preview = null;
        findings = null;
    }

    private ProfileInput input() {
        Set<ProfileField> ticked = EnumSet.noneOf(ProfileField.class);
        shown.forEach((field, on) -> {
            if (Boolean.TRUE.equals(on)) {
                ticked.add(ProfileField.valueOf(field));
            }
        });
        return new ProfileInput(displayName, pronouns, bio, ids(areaIds), new LinkedHashSet<>(languages), region,
                enums(formats, SupportFormat.class), enums(availability, AvailabilitySlot.class), capacity, ticked);
    }

    /** Faces already refuses values that were not offered; anything else unreadable is simply not chosen. */
    private static Set<Long> ids(List<String> values) {
        Set<Long> ids = new LinkedHashSet<>();
        for (String value : values) {
            try {
                ids.add(Long.valueOf(value));
            } catch (NumberFormatException e) {
                // not one of the offered ids: ignored
            }
        }
        return ids;
    }

    private static <E extends Enum<E>> Set<E> enums(List<String> values, Class<E> type) {
        Set<String> known = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.toSet());
        return values.stream().filter(known::contains).map(value -> Enum.valueOf(type, value)).collect(Collectors.toSet());
    }

    public SupporterProfile getProfile() {
        if (profile == null) {
            profile = directory.profileOf(accountId()).orElse(null);
        }
        return profile;
    }

    public ProfileStatus getStatus() {
        return getProfile() == null ? null : ProfileStatus.of(getProfile());
    }

    /** Shown in the directory right now: published, not paused, consent in force and a valid certificate. */
    public boolean isListed() {
        return certified && getStatus() == ProfileStatus.PUBLISHED;
    }

    public PublicProfile getPreview() {
        if (preview == null) {
            preview = directory.preview(accountId(), input());
        }
        return preview;
    }

    public List<LivedExperienceArea> getAreaChoices() {
        List<LivedExperienceArea> choices = new ArrayList<>(directory.currentAreas());
        if (getProfile() != null) {
            // An area retired after the supporter chose it stays on their form so saving keeps it.
            getProfile().getAreas().stream().filter(LivedExperienceArea::isRetired).forEach(choices::add);
        }
        return choices;
    }

    public List<String> getLanguageChoices() {
        List<String> choices = new ArrayList<>(directory.languages());
        languages.stream().filter(l -> !choices.contains(l)).forEach(choices::add);
        return choices;
    }

    public List<String> getRegionChoices() {
        List<String> choices = new ArrayList<>(directory.regions());
        if (region != null && !region.isBlank() && !choices.contains(region)) {
            choices.add(region);
        }
        return choices;
    }

    public List<Integer> getCapacityChoices() {
        List<Integer> choices = new ArrayList<>();
        for (int i = 1; i <= SupporterProfile.CAPACITY_MAX; i++) {
            choices.add(i);
        }
        return choices;
    }

    public SupportFormat[] getFormatChoices() {
        return SupportFormat.values();
    }

    public AvailabilitySlot[] getAvailabilityChoices() {
        return AvailabilitySlot.values();
    }

    public int getBioMax() {
        return SupporterProfile.BIO_MAX;
    }

    public String getConsentVersion() {
        return directory.consentVersion();
    }

    private long accountId() {
        return current.id();
    }

    public boolean isCertified() {
        return certified;
    }

    /**
     * What the check picks out in the bio as typed, shown under the bio and above the preview, from
     * the moment it is typed: one story wherever it is told (the profile cannot be published with
     * them), the same rule that {@link DirectoryService#publish} and {@link DirectoryService#save} apply.
     */
    public List<Finding> getFindings() {
        if (findings == null) {
            findings = directory.bioFindings(bio);
        }
        return findings;
    }

    /** The bio with the words the check picks out marked, or nothing when it picks out none. */
    public String getFlaggedHtml() {
        return getFindings().isEmpty() ? null : SafeSharingHighlighter.toHtml(bio, getFindings());
    }

    public Map<String, Boolean> getShown() {
        return shown;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getPronouns() {
        return pronouns;
    }

    public void setPronouns(String pronouns) {
        this.pronouns = pronouns;
    }

    public String getBio() {
        return bio;
    }

    public void setBio(String bio) {
        this.bio = bio;
    }

    public List<String> getAreaIds() {
        return areaIds;
    }

    public void setAreaIds(List<String> areaIds) {
        this.areaIds = areaIds == null ? new ArrayList<>() : new ArrayList<>(areaIds);
    }

    public List<String> getLanguages() {
        return languages;
    }

    public void setLanguages(List<String> languages) {
        this.languages = languages == null ? new ArrayList<>() : new ArrayList<>(languages);
    }

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = region;
    }

    public List<String> getFormats() {
        return formats;
    }

    public void setFormats(List<String> formats) {
        this.formats = formats == null ? new ArrayList<>() : new ArrayList<>(formats);
    }

    public List<String> getAvailability() {
        return availability;
    }

    public void setAvailability(List<String> availability) {
        this.availability = availability == null ? new ArrayList<>() : new ArrayList<>(availability);
    }

    public Integer getCapacity() {
        return capacity;
    }

    public void setCapacity(Integer capacity) {
        this.capacity = capacity;
    }

    public boolean isConsent() {
        return consent;
    }

    public void setConsent(boolean consent) {
        this.consent = consent;
    }
}
