package org.alongside.platform;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** The shared store as one map, for unit tests of the rules that use it (JCache behaves the same for these calls). */
public final class InMemoryStore implements SharedStore {

    private final ConcurrentMap<String, String> values = new ConcurrentHashMap<>();

    @Override
    public String get(String key) {
        return values.get(key);
    }

    @Override
    public boolean putIfAbsent(String key, String value) {
        return values.putIfAbsent(key, value) == null;
    }

    @Override
    public boolean replace(String key, String expected, String value) {
        return values.replace(key, expected, value);
    }

    @Override
    public boolean remove(String key, String expected) {
        return values.remove(key, expected);
    }

    @Override
    public void remove(String key) {
        values.remove(key);
    }

    public int size() {
        return values.size();
    }
}
