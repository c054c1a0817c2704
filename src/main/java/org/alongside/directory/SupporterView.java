package org.alongside.directory;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.alongside.learning.LearningCalendar;
import org.alongside.web.Page;

/**
 * One listed supporter's public page, {@code /directory/supporter.xhtml?id=…}: only what they
 * chose to show. Anyone not listed right now, and any id that is not a number, gets the same 404.
 */
@Named
@RequestScoped
public class SupporterView {

    @Inject
    DirectorySearch search;

    @Inject
    LearningCalendar calendar;

    private String id;
    private PublicProfile profile;

    public void load() {
        profile = id != null && id.matches("[0-9]{1,18}") ? search.listedProfile(Long.parseLong(id), calendar.today()).orElse(null) : null;
        if (profile == null) {
            Page.notFound();
        }
    }

    public PublicProfile getProfile() {
        return profile;
    }

    public String getName() {
        return profile == null || profile.displayName() == null ? Page.text("directory.anonymousName") : profile.displayName();
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }
}
