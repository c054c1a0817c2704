package org.alongside.it;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.List;

/**
 * A real SMTP server (GreenMail) on the test side, on {@code it.smtp.port}. Kept out of the test
 * classes that also run inside the portal, which has no GreenMail on its class path.
 */
final class SmtpInbox {

    record Mail(String recipient, String subject, String body) {
    }

    private static GreenMail server;

    private SmtpInbox() {
    }

    static void start() {
        int port = Integer.parseInt(System.getProperty("it.smtp.port", "53025"));
        server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
                .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
        server.start();
    }

    /**
     * Waits, on GreenMail's own wait, up to a minute (the dispatcher retries every 30 seconds) for
     * at least {@code count} mails, and returns every mail received.
     */
    static List<Mail> awaitMails(int count) throws Exception {
        server.waitForIncomingEmail(60_000, count);
        List<Mail> mails = new ArrayList<>();
        for (MimeMessage message : server.getReceivedMessages()) {
            mails.add(new Mail(message.getAllRecipients()[0].toString(), message.getSubject(), message.getContent().toString()));
        }
        return mails;
    }

    static void stop() {
        server.stop();
    }
}
