package org.alongside.learning;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.alongside.web.Page;

/**
 * What a trainee's page does when the service refuses: a day that is not open yet gets a friendly
 * page saying when it opens, an unknown module or lesson the portal's "not found" page, a
 * trainee without a cohort their home page, which explains, and a trainee who has not agreed to
 * the group agreement yet the agreement.
 */
public final class TraineePages {

    private TraineePages() {
    }

    public static void refuse(LearningException refusal, String moduleId) {
        switch (refusal.reason()) {
            case NOT_OPEN_YET -> Page.redirect("/trainee/not-open.xhtml?module=" + URLEncoder.encode(moduleId, StandardCharsets.UTF_8));
            case NOT_FOUND -> Page.notFound();
            case NOT_ENROLLED -> Page.redirect("/trainee/home.xhtml");
            case AGREEMENT_NEEDED -> Page.redirect("/trainee/agreement.xhtml");
        }
    }
}
