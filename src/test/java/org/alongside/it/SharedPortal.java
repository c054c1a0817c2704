package org.alongside.it;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs a test class inside the one portal that its failsafe execution shares with every other
 * class carrying this annotation (see {@link SharedPortalDeployment}): a feature's persistence
 * tests, or its browser tests ({@link PortalBrowserTestBase}, run as a client), cost no Payara
 * Micro start of their own. Such a class has no {@code @Deployment} method;
 * it injects what it needs ({@code @Inject}, {@code @PersistenceContext}, {@code @ArquillianResource})
 * as any Arquillian test does. Inherited: a base class can carry it for its subclasses.
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@ExtendWith(ArquillianExtension.class)
public @interface SharedPortal {
}
