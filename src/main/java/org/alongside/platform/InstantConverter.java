package org.alongside.platform;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.sql.Timestamp;
import java.time.Instant;

/**
 * Stores {@link Instant}s as SQL timestamps. The EclipseLink shipped with Payara 6 would otherwise
 * serialise them into a binary column (and ignores autoApply for them, so fields name it in
 * {@code @Convert}). Timestamps are written and read in the JVM's zone, which
 * Payara runs in UTC by default on servers.
 */
@Converter
public class InstantConverter implements AttributeConverter<Instant, Timestamp> {

    @Override
    public Timestamp convertToDatabaseColumn(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    @Override
    public Instant convertToEntityAttribute(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
