package org.alongside.it;

import java.io.File;
import org.alongside.directory.ProfilesForMatching;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The deployment every {@link SharedPortal} class runs in: the whole portal WAR as built, plus
 * every {@code *PersistenceIT} class of this package (found by name, so a new one needs no entry
 * here) and the helpers they call inside the server. A helper class a new test calls in-container
 * is added to {@link #HELPERS}.
 */
final class SharedPortalDeployment {

    private static final Class<?>[] HELPERS = {SharedPortal.class, CertifiableTrainee.class, RightAnswers.class,
            ProfilesForMatching.class, SecondFactorClient.class, PortalHttp.class, StatementCounter.class};

    private SharedPortalDeployment() {
    }

    @Deployment
    static WebArchive portal() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File("target/alongside.war"))
                .addPackages(false, path -> path.get().matches(".*/[A-Za-z]+PersistenceIT(\\$.*)?\\.class"),
                        SharedPortalDeployment.class.getPackage())
                .addClasses(HELPERS);
    }
}
