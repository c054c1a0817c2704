package org.alongside.platform;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A transient injected field comes back null when a session or view is restored on another
 * instance, and the next click fails there. Injected services are plain fields: CDI gives
 * serialisable proxies and re-injects them.
 */
class InjectedFieldsTest {

    @Test
    void noInjectedFieldIsTransient() {
        List<String> transientInjections = PortalClasses.all().stream()
                .flatMap(type -> Stream.of(type.getDeclaredFields()))
                .filter(field -> field.isAnnotationPresent(Inject.class) && Modifier.isTransient(field.getModifiers()))
                .map(InjectedFieldsTest::name)
                .toList();

        assertThat(PortalClasses.all()).as("the portal's classes were found").hasSizeGreaterThan(100);
        assertThat(transientInjections).isEmpty();
    }

    private static String name(Field field) {
        return field.getDeclaringClass().getName() + "." + field.getName();
    }
}
