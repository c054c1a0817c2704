package org.alongside.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import javax.cache.Cache;
import javax.cache.CacheException;
import javax.cache.CacheManager;
import javax.cache.configuration.Factory;
import javax.cache.configuration.MutableConfiguration;
import javax.cache.expiry.CreatedExpiryPolicy;
import javax.cache.expiry.ExpiryPolicy;
import javax.cache.expiry.ModifiedExpiryPolicy;

/**
 * Stores shared by every instance: JCache caches on Payara's Hazelcast data grid (Payara provides
 * the {@link CacheManager}). Counts kept here, such as sign-in tries, add up across instances,
 * and each entry vanishes by itself after its lifetime, so no instance has to sweep them.
 */
@ApplicationScoped
public class SharedCaches {

    @Inject
    CacheManager caches;

    /** Entries that live for {@code lifetime} from when they were first stored (fixed windows). */
    public SharedStore fromCreation(String name, Duration lifetime) {
        return new JCacheStore(cache(name, CreatedExpiryPolicy.factoryOf(duration(lifetime))));
    }

    /** Entries that live for {@code lifetime} from when they were last changed (tries and their waits). */
    public SharedStore fromLastChange(String name, Duration lifetime) {
        return new JCacheStore(cache(name, ModifiedExpiryPolicy.factoryOf(duration(lifetime))));
    }

    private Cache<String, String> cache(String name, Factory<? extends ExpiryPolicy> expiry) {
        Cache<String, String> existing = caches.getCache(name, String.class, String.class);
        if (existing != null) {
            return existing;
        }
        MutableConfiguration<String, String> configuration = new MutableConfiguration<String, String>()
                .setTypes(String.class, String.class)
                .setExpiryPolicyFactory(expiry)
                .setStoreByValue(true);
        try {
            return caches.createCache(name, configuration);
        } catch (CacheException createdMeanwhile) {
            // Another instance (or thread) created it first: the same name always has the same settings.
            return caches.getCache(name, String.class, String.class);
        }
    }

    private static javax.cache.expiry.Duration duration(Duration lifetime) {
        return new javax.cache.expiry.Duration(TimeUnit.SECONDS, Math.max(1, lifetime.toSeconds()));
    }

    private record JCacheStore(Cache<String, String> cache) implements SharedStore {

        @Override
        public String get(String key) {
            return cache.get(key);
        }

        @Override
        public boolean putIfAbsent(String key, String value) {
            return cache.putIfAbsent(key, value);
        }

        @Override
        public boolean replace(String key, String expected, String value) {
            return cache.replace(key, expected, value);
        }

        @Override
        public boolean remove(String key, String expected) {
            return cache.remove(key, expected);
        }

        @Override
        public void remove(String key) {
            cache.remove(key);
        }
    }
}
