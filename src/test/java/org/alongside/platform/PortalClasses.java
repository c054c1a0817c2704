package org.alongside.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Every class the portal compiles, read from the build's output folder without running their static code. */
final class PortalClasses {

    private PortalClasses() {
    }

    static List<Class<?>> all() {
        Path root = Path.of("target", "classes");
        try (Stream<Path> files = Files.walk(root.resolve("org/alongside"))) {
            return files.filter(file -> file.toString().endsWith(".class"))
                    .map(file -> root.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", ""))
                    .map(PortalClasses::load)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, PortalClasses.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(name, e);
        }
    }
}
