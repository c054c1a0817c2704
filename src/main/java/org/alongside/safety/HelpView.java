package org.alongside.safety;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The "If you need help now" page: crisis signposting with UK defaults, configurable per charity. */
@Named
@ApplicationScoped
public class HelpView {

    @Inject
    @ConfigProperty(name = "portal.crisis.lines")
    List<String> configuredLines;

    @Inject
    @ConfigProperty(name = "portal.crisis.intro")
    String intro;

    @Inject
    @ConfigProperty(name = "portal.crisis.coverage", defaultValue = "")
    String coverage;

    private volatile List<CrisisLine> lines;

    public List<CrisisLine> getLines() {
        if (lines == null) {
            lines = CrisisLine.parseAll(configuredLines);
        }
        return lines;
    }

    public String getIntro() {
        return intro;
    }

    /** Where the lines and the law the course teaches apply; empty when the service has not said. */
    public String getCoverage() {
        return coverage;
    }
}
