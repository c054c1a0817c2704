package org.alongside.web;

import jakarta.faces.application.Resource;
import jakarta.faces.application.ResourceHandler;
import jakarta.faces.application.ResourceHandlerWrapper;
import jakarta.faces.application.ResourceWrapper;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Style sheets, scripts and images with addresses that change when they do, so browsers may keep
 * them for a year: a phone on a slow connection fetches them once, not again each week. The
 * portal's own resources (and its theme) get {@code v=} and the first characters of a hash of their
 * content; PrimeFaces' own already carry PrimeFaces' version. An answer to an address with a
 * version is cacheable for a year and never revalidated.
 */
public class VersionedResources extends ResourceHandlerWrapper {

    /** PrimeFaces' own library: its addresses already change with each PrimeFaces release. */
    private static final String PRIMEFACES = "primefaces";
    private static final Pattern VERSION_PARAMETER = Pattern.compile("([?&])v=[^&]*");
    static final String IMMUTABLE = "public, max-age=31536000, immutable";

    private final Map<String, String> contentVersions = new ConcurrentHashMap<>();

    public VersionedResources(ResourceHandler wrapped) {
        super(wrapped);
    }

    @Override
    public Resource createResource(String resourceName) {
        return versioned(super.createResource(resourceName));
    }

    @Override
    public Resource createResource(String resourceName, String libraryName) {
        return versioned(super.createResource(resourceName, libraryName));
    }

    @Override
    public Resource createResource(String resourceName, String libraryName, String contentType) {
        return versioned(super.createResource(resourceName, libraryName, contentType));
    }

    private Resource versioned(Resource resource) {
        return resource == null ? null : new Versioned(resource);
    }

    /** The address with {@code v=version}, replacing a version it had. */
    static String withVersion(String path, String version) {
        Matcher existing = VERSION_PARAMETER.matcher(path);
        if (existing.find()) {
            return existing.replaceFirst("$1v=" + version);
        }
        return path + (path.contains("?") ? "&" : "?") + "v=" + version;
    }

    /** A short, stable name for a resource's content. */
    static String contentVersion(InputStream content) throws IOException {
        try (content) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[8192];
            for (int read = content.read(buffer); read >= 0; read = content.read(buffer)) {
                digest.update(buffer, 0, read);
            }
            return HexFormat.of().formatHex(digest.digest()).substring(0, 10);
        } catch (NoSuchAlgorithmException missing) {
            throw new IllegalStateException("Every Java has SHA-256", missing);
        }
    }

    private final class Versioned extends ResourceWrapper {

        Versioned(Resource resource) {
            super(resource);
        }

        @Override
        public String getRequestPath() {
            String path = super.getRequestPath();
            if (PRIMEFACES.equals(getLibraryName())) {
                return path;
            }
            String key = getLibraryName() + "/" + getResourceName();
            return withVersion(path, contentVersions.computeIfAbsent(key, name -> {
                try {
                    return contentVersion(getWrapped().getInputStream());
                } catch (IOException unreadable) {
                    throw new UncheckedIOException("Cannot read the resource " + name, unreadable);
                }
            }));
        }

        @Override
        public Map<String, String> getResponseHeaders() {
            Map<String, String> headers = new HashMap<>(super.getResponseHeaders());
            // Sent compressed or not, as the browser asked: a shared cache must keep the two apart.
            headers.put("Vary", "Accept-Encoding");
            if (FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().containsKey("v")) {
                headers.remove("Expires");
                headers.put("Cache-Control", IMMUTABLE);
            }
            return headers;
        }
    }
}
