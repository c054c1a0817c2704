package org.alongside.identity;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.logging.Logger;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Keeps second-factor secrets encrypted in the database (AES-256-GCM), so that a dump of the
 * database alone does not give anyone a person's authenticator. The key is
 * {@code portal.second-factor.key} (32 bytes, Base64) when it is configured, which every instance
 * of a cluster must share; otherwise a key made once and kept in the file
 * {@code second-factor.key} in {@code portal.data.dir}, readable by its owner only. Each secret is
 * bound to its account (additional authenticated data), so a secret copied onto another account's
 * row does not decrypt.
 */
@ApplicationScoped
public class SecretBox {

    private static final Logger LOG = Logger.getLogger(SecretBox.class.getName());
    private static final String FORMAT = "v1:";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    @ConfigProperty(name = "portal.second-factor.key")
    Optional<String> configuredKey;

    @Inject
    @ConfigProperty(name = "portal.data.dir")
    Optional<String> dataDir;

    private byte[] key;

    @PostConstruct
    void loadKey() {
        key = configuredKey.filter(k -> !k.isBlank()).map(SecretBox::decodeKey).orElseGet(this::keyFromFile);
    }

    public String seal(long accountId, byte[] secret) {
        return seal(key, accountId, secret);
    }

    public byte[] open(long accountId, String sealed) {
        return open(key, accountId, sealed);
    }

    static String seal(byte[] key, long accountId, byte[] secret) {
        try {
            byte[] iv = new byte[IV_BYTES];
            RANDOM.nextBytes(iv);
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, key, iv, accountId);
            byte[] sealed = cipher.doFinal(secret);
            return FORMAT + Base64.getEncoder().encodeToString(ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every Java runtime", e);
        }
    }

    static byte[] open(byte[] key, long accountId, String sealed) {
        if (!sealed.startsWith(FORMAT)) {
            throw new IllegalStateException("Unknown second-factor secret format");
        }
        byte[] bytes = Base64.getDecoder().decode(sealed.substring(FORMAT.length()));
        try {
            Cipher cipher = cipher(Cipher.DECRYPT_MODE, key, java.util.Arrays.copyOf(bytes, IV_BYTES), accountId);
            return cipher.doFinal(bytes, IV_BYTES, bytes.length - IV_BYTES);
        } catch (GeneralSecurityException e) {
            // A different key (portal.second-factor.key changed) or a secret not made for this account.
            throw new IllegalStateException("A second-factor secret does not decrypt with this key", e);
        }
    }

    private static Cipher cipher(int mode, byte[] key, byte[] iv, long accountId) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, new SecretKeySpec(key, "AES"), new GCMParameterSpec(TAG_BITS, iv));
        cipher.updateAAD(("second-factor:" + accountId).getBytes(StandardCharsets.US_ASCII));
        return cipher;
    }

    static byte[] decodeKey(String base64) {
        byte[] decoded = Base64.getDecoder().decode(base64.strip());
        if (decoded.length != 32) {
            throw new IllegalStateException("portal.second-factor.key must be 32 bytes in Base64 (openssl rand -base64 32)");
        }
        return decoded;
    }

    static byte[] newKey() {
        byte[] fresh = new byte[32];
        RANDOM.nextBytes(fresh);
        return fresh;
    }

    private byte[] keyFromFile() {
        Path file = Path.of(dataDir.orElse(System.getProperty("user.home") + "/.alongside"), "second-factor.key");
        try {
            if (!Files.exists(file)) {
                Files.createDirectories(file.getParent());
                try {
                    Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
                    Files.writeString(file, Base64.getEncoder().encodeToString(newKey()));
                    LOG.info(() -> "Made a new key for second-factor secrets in " + file
                            + " (set portal.second-factor.key instead when several instances share a database)");
                } catch (FileAlreadyExistsException madeByAnotherThread) {
                    // Another start made it a moment earlier: read theirs.
                }
            }
            return decodeKey(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or make the second-factor key file " + file, e);
        }
    }
}
