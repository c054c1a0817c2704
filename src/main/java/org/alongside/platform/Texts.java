package org.alongside.platform;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The portal's words, from {@code org/alongside/messages*.properties}. Pages reach the same bundle
 * as {@code #{msg}}; services use this class for text that leaves the page (e-mails, messages).
 */
public final class Texts {

    public static final String BUNDLE = "org.alongside.messages";

    private Texts() {
    }

    public static String get(Locale locale, String key, Object... arguments) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale == null ? Locale.ENGLISH : locale);
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalArgumentException("No text for key '" + key + "' in " + BUNDLE, e);
        }
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, bundle.getLocale()).format(arguments);
    }
}
