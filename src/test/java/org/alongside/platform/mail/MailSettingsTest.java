package org.alongside.platform.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Properties;
import org.junit.jupiter.api.Test;

class MailSettingsTest {

    @Test
    void startTlsIsRequiredAndTheCertificateMustNameTheHost() {
        Properties properties = MailSettings.smtpProperties("smtp.example.org", 587, true, true);

        assertThat(properties)
                .containsEntry("mail.smtp.host", "smtp.example.org")
                .containsEntry("mail.smtp.port", "587")
                .containsEntry("mail.smtp.starttls.enable", "true")
                .containsEntry("mail.smtp.starttls.required", "true")
                .containsEntry("mail.smtp.ssl.checkserveridentity", "true")
                .containsEntry("mail.smtp.auth", "true");
    }

    @Test
    void aLocalRelayCanDoWithoutStartTls() {
        Properties properties = MailSettings.smtpProperties("127.0.0.1", 25, false, false);

        assertThat(properties)
                .containsEntry("mail.smtp.starttls.enable", "false")
                .containsEntry("mail.smtp.starttls.required", "false")
                .doesNotContainKey("mail.smtp.ssl.checkserveridentity")
                .doesNotContainKey("mail.smtp.auth");
    }

    @Test
    void theDocumentedDefaultIsStartTlsOn() throws Exception {
        Properties defaults = new Properties();
        try (var in = MailSettingsTest.class.getResourceAsStream("/META-INF/microprofile-config.properties")) {
            defaults.load(in);
        }
        assertThat(defaults).containsEntry("portal.mail.smtp.starttls", "true");
    }
}
