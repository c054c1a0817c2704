package org.alongside.assessment;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.alongside.web.CurrentAccount;
import org.alongside.web.Page;

/** A trainer chooses an e-mail per new reflection or a daily digest. */
@Named
@ViewScoped
public class TrainerMailView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    TrainerMailPreferences preferences;

    @Inject
    CurrentAccount current;

    private boolean dailyDigest;

    @PostConstruct
    void load() {
        dailyDigest = preferences.wantsDailyDigest(current.id());
    }

    public void save() {
        preferences.choose(current.id(), dailyDigest);
        Page.info("trainer.home.mailSaved");
    }

    public boolean isDailyDigest() {
        return dailyDigest;
    }

    public void setDailyDigest(boolean dailyDigest) {
        this.dailyDigest = dailyDigest;
    }
}
