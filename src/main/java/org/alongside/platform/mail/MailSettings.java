package org.alongside.platform.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Authenticator;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import java.util.Optional;
import java.util.Properties;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** SMTP settings from MicroProfile Config. With no host configured, mail stays in the outbox. */
@ApplicationScoped
public class MailSettings {

    @Inject
    @ConfigProperty(name = "portal.mail.smtp.host")
    Optional<String> host;

    @Inject
    @ConfigProperty(name = "portal.mail.smtp.port", defaultValue = "587")
    int port;

    @Inject
    @ConfigProperty(name = "portal.mail.smtp.username")
    Optional<String> username;

    @Inject
    @ConfigProperty(name = "portal.mail.smtp.password")
    Optional<String> password;

    @Inject
    @ConfigProperty(name = "portal.mail.smtp.starttls", defaultValue = "true")
    boolean startTls;

    @Inject
    @ConfigProperty(name = "portal.mail.from")
    String from;

    public boolean smtpConfigured() {
        return host.filter(h -> !h.isBlank()).isPresent();
    }

    public String from() {
        return from;
    }

    public Session session() {
        Properties properties = smtpProperties(host.orElseThrow(), port, startTls, username.isPresent());
        if (username.isPresent()) {
            String user = username.get();
            String secret = password.orElse("");
            return Session.getInstance(properties, new Authenticator() {
                @Override
                protected PasswordAuthentication getPasswordAuthentication() {
                    return new PasswordAuthentication(user, secret);
                }
            });
        }
        return Session.getInstance(properties);
    }

    /**
     * The Jakarta Mail settings. With STARTTLS on (the default) it is required, not merely tried:
     * a server, or someone in between, that does not offer it gets no message (mail holds health
     * data and links that sign people in), and the server's certificate must name the host.
     * Turning it off is for a relay on the same machine or network.
     */
    static Properties smtpProperties(String host, int port, boolean startTls, boolean authenticate) {
        Properties properties = new Properties();
        properties.put("mail.transport.protocol", "smtp");
        properties.put("mail.smtp.host", host);
        properties.put("mail.smtp.port", Integer.toString(port));
        properties.put("mail.smtp.starttls.enable", Boolean.toString(startTls));
        properties.put("mail.smtp.starttls.required", Boolean.toString(startTls));
        if (startTls) {
            properties.put("mail.smtp.ssl.checkserveridentity", "true");
        }
        properties.put("mail.smtp.connectiontimeout", "10000");
        properties.put("mail.smtp.timeout", "10000");
        properties.put("mail.smtp.writetimeout", "10000");
        if (authenticate) {
            properties.put("mail.smtp.auth", "true");
        }
        return properties;
    }
}
