package org.alongside.platform;

/**
 * A small map of text values that every instance of the portal sees, changed only by
 * compare-and-set. Values are plain strings on purpose: Payara's data grid deserialises a stored
 * value, or an entry processor, on a thread that cannot see the portal's own classes, while JDK
 * types it can always read. {@link SharedCaches} gives one backed by JCache; tests use a map.
 */
public interface SharedStore {

    /** The value, or null when there is none (or it has expired). */
    String get(String key);

    /** Stores the value if the key has none; true when it did. */
    boolean putIfAbsent(String key, String value);

    /** Replaces the value only if it is still {@code expected}; true when it did. */
    boolean replace(String key, String expected, String value);

    /** Removes the value only if it is still {@code expected}; true when it did. */
    boolean remove(String key, String expected);

    /** Removes the key's value, whatever it is. */
    void remove(String key);
}
