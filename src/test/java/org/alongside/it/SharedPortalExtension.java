package org.alongside.it;

import org.jboss.arquillian.container.spi.client.deployment.DeploymentScenario;
import org.jboss.arquillian.container.spi.event.DeployManagedDeployments;
import org.jboss.arquillian.container.spi.event.UnDeployManagedDeployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.impl.client.deployment.event.GenerateDeployment;
import org.jboss.arquillian.core.api.Event;
import org.jboss.arquillian.core.api.Instance;
import org.jboss.arquillian.core.api.InstanceProducer;
import org.jboss.arquillian.core.api.annotation.Inject;
import org.jboss.arquillian.core.api.annotation.Observes;
import org.jboss.arquillian.core.spi.EventContext;
import org.jboss.arquillian.core.spi.LoadableExtension;
import org.jboss.arquillian.test.spi.TestClass;
import org.jboss.arquillian.test.spi.annotation.ClassScoped;
import org.jboss.arquillian.test.spi.context.ClassContext;
import org.jboss.arquillian.test.spi.event.suite.AfterSuite;

/**
 * Deploys {@link SharedPortalDeployment} once per test run (one failsafe execution, one JVM) for
 * all {@link SharedPortal} classes, instead of once per class: with the Payara Micro connector
 * every deployment is a server start of 20–60 s. Arquillian generates, deploys and undeploys a
 * class's deployment on the class's BeforeClass and AfterClass; for shared classes this observer
 * hands every class the same deployment scenario, deploys it for the first class only and
 * undeploys it when the suite ends. Classes without the annotation keep Arquillian's usual
 * per-class deployment. Registered in META-INF/services (client side only).
 */
public class SharedPortalExtension implements LoadableExtension {

    @Override
    public void register(ExtensionBuilder builder) {
        builder.observer(SharedDeployer.class);
    }

    public static class SharedDeployer {

        @Inject
        @ClassScoped
        private InstanceProducer<DeploymentScenario> scenario;

        @Inject
        private Instance<ClassContext> classContext;

        @Inject
        private Event<GenerateDeployment> generate;

        @Inject
        private Event<UnDeployManagedDeployments> undeploy;

        private DeploymentScenario shared;
        private boolean deployed;
        private boolean suiteEnding;

        /** The first shared class generates the shared deployment; later ones are given it. */
        public void generate(@Observes EventContext<GenerateDeployment> context) {
            TestClass testClass = context.getEvent().getTestClass();
            if (!testClass.isAnnotationPresent(SharedPortal.class)) {
                context.proceed();
            } else if (testClass.getMethods(Deployment.class).length > 0) {
                throw new IllegalStateException(testClass.getName() + " runs in the shared portal: remove its @Deployment method"
                        + " (add any helper it calls in the server to SharedPortalDeployment instead)");
            } else if (shared == null) {
                generate.fire(new GenerateDeployment(new TestClass(SharedPortalDeployment.class)));
                shared = scenario.get();
            } else {
                scenario.set(shared);
            }
        }

        public void deploy(@Observes EventContext<DeployManagedDeployments> context) {
            if (!isShared()) {
                context.proceed();
            } else if (!deployed) {
                deployed = true;
                context.proceed();
            }
        }

        /** A shared class's AfterClass leaves the portal running for the next class. */
        public void undeploy(@Observes EventContext<UnDeployManagedDeployments> context) {
            if (!isShared() || suiteEnding) {
                context.proceed();
            }
        }

        /** Undeploys the shared portal before the suite's containers stop. */
        public void endSuite(@Observes EventContext<AfterSuite> context) {
            if (deployed) {
                suiteEnding = true;
                ClassContext classes = classContext.get();
                classes.activate(SharedPortalDeployment.class);
                try {
                    scenario.set(shared);
                    undeploy.fire(new UnDeployManagedDeployments());
                } finally {
                    classes.deactivate();
                    classes.destroy(SharedPortalDeployment.class);
                }
            }
            context.proceed();
        }

        private boolean isShared() {
            return shared != null && scenario.get() == shared;
        }
    }
}
