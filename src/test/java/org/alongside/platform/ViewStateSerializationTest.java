package org.alongside.platform;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ejb.Singleton;
import jakarta.ejb.Stateless;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.alongside.web.PagedList;
import org.junit.jupiter.api.Test;

/**
 * Sessions and views are copied to Payara's data grid after a request and read back on whichever
 * instance gets the next one. Every session- and view-scoped bean must therefore serialise with
 * everything it keeps: its fields are of serialisable types (what it only caches is transient and
 * read again when missing), and what it injects is a CDI proxy or an EJB reference, which the
 * container serialises and re-connects.
 */
class ViewStateSerializationTest {

    private static final List<Class<?>> PROXIED_OR_REFERENCED =
            List.of(ApplicationScoped.class, RequestScoped.class, SessionScoped.class, Singleton.class, Stateless.class);

    @Test
    void everySessionAndViewBeanKeepsOnlySerialisableState() {
        List<Class<?>> beans = keptBeans();
        List<String> problems = new ArrayList<>();
        for (Class<?> bean : beans) {
            if (!Serializable.class.isAssignableFrom(bean)) {
                problems.add(bean.getName() + " is not Serializable");
            }
            for (Field field : bean.getDeclaredFields()) {
                int modifiers = field.getModifiers();
                if (Modifier.isStatic(modifiers) || Modifier.isTransient(modifiers)) {
                    continue;
                }
                boolean fine = field.isAnnotationPresent(Inject.class) ? reInjectable(field.getType()) : serialisable(field.getGenericType());
                if (!fine) {
                    problems.add(bean.getName() + "." + field.getName() + " (" + field.getGenericType().getTypeName() + ")");
                }
            }
        }

        assertThat(beans).as("session and view beans found").hasSizeGreaterThan(20);
        assertThat(problems).isEmpty();
    }

    @Test
    void everySessionAndViewBeanSurvivesACopyToAnotherInstance() throws Exception {
        for (Class<?> bean : keptBeans()) {
            Constructor<?> constructor = bean.getDeclaredConstructor();
            constructor.setAccessible(true);
            Object original = constructor.newInstance();

            Object copy = copy(original);

            assertThat(copy).as(bean.getName()).isInstanceOf(bean);
        }
    }

    @Test
    void pagedListsLeaveTheirRowsBehind() throws Exception {
        PagedList<Row> list = new PagedList<>(new TwoRows(), Row::id);
        list.setWrappedData(list.load(0, 10, Map.of(), Map.of()));

        @SuppressWarnings("unchecked")
        PagedList<Row> copy = (PagedList<Row>) copy(list);

        assertThat(copy.getWrappedData()).isNull();
        assertThat(copy.load(0, 10, Map.of(), Map.of())).extracting(Row::id).containsExactly(1L, 2L);
    }

    /** A row type that, like the portal's entities, is not serialisable. */
    private record Row(long id) {
    }

    private static final class TwoRows implements PagedList.Source<Row> {
        private static final long serialVersionUID = 1L;

        @Override
        public long count() {
            return 2;
        }

        @Override
        public List<Row> page(int first, int pageSize) {
            return List.of(new Row(1), new Row(2));
        }
    }

    @Test
    void theProducedClockIsSerialisable() {
        assertThat(Clock.systemUTC()).isInstanceOf(Serializable.class);
    }

    private static List<Class<?>> keptBeans() {
        return PortalClasses.all().stream()
                .filter(type -> type.isAnnotationPresent(ViewScoped.class) || type.isAnnotationPresent(SessionScoped.class))
                .toList();
    }

    /** A normal-scoped bean (injected as a serialisable proxy), an EJB, or the produced clock. */
    private static boolean reInjectable(Class<?> type) {
        if (type.isInterface() && type.getName().startsWith("org.alongside.")) {
            // One of ours, such as ReflectionStage.Source: what CDI injects is its implementation's proxy.
            List<Class<?>> implementations = PortalClasses.all().stream()
                    .filter(candidate -> !candidate.isInterface() && type.isAssignableFrom(candidate)).toList();
            return !implementations.isEmpty() && implementations.stream().allMatch(ViewStateSerializationTest::proxiedOrReferenced);
        }
        return type == Clock.class || proxiedOrReferenced(type);
    }

    private static boolean proxiedOrReferenced(Class<?> type) {
        return PROXIED_OR_REFERENCED.stream()
                .anyMatch(annotation -> type.isAnnotationPresent(annotation.asSubclass(java.lang.annotation.Annotation.class)));
    }

    private static boolean serialisable(Type type) {
        if (type instanceof Class<?> plain) {
            return plain.isPrimitive() || plain.isEnum() || Serializable.class.isAssignableFrom(plain)
                    || (plain.isArray() && serialisable(plain.getComponentType()));
        }
        if (type instanceof ParameterizedType generic) {
            Class<?> raw = (Class<?>) generic.getRawType();
            if (raw == PagedList.class) {
                return true; // its copy leaves the loaded rows behind: see pagedListsLeaveTheirRowsBehind
            }
            boolean container = Serializable.class.isAssignableFrom(raw)
                    || raw == List.class || raw == Set.class || raw == Map.class || raw == Collection.class;
            return container && Stream.of(generic.getActualTypeArguments()).allMatch(ViewStateSerializationTest::serialisable);
        }
        if (type instanceof WildcardType wildcard) {
            return Stream.of(wildcard.getUpperBounds()).allMatch(ViewStateSerializationTest::serialisable);
        }
        return false;
    }

    private static Object copy(Object original) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(original);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return in.readObject();
        }
    }
}
