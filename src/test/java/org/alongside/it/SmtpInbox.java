package org.alongside.it;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

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

    /**
     * Waits for a mail to {@code recipient} whose subject starts with {@code subjectStart}, on
     * GreenMail's own wait for each new mail, up to {@code wait}; returns its text.
     */
    static String awaitMail(String recipient, String subjectStart, Duration wait) throws Exception {
        long deadline = System.currentTimeMillis() + wait.toMillis();
        while (true) {
            int messages = server.getReceivedMessages().length;
            for (Mail mail : received()) {
                if (mail.recipient().equalsIgnoreCase(recipient) && mail.subject().startsWith(subjectStart)) {
                    return mail.body();
                }
            }
            long left = deadline - System.currentTimeMillis();
            if (left <= 0 || !server.waitForIncomingEmail(left, messages + 1)) {
                throw new AssertionError("No mail '" + subjectStart + "' reached " + recipient);
            }
        }
    }

    /** How many of the mails received so far are of the kind a test names. */
    static long count(Predicate<Mail> kind) throws Exception {
        return received().stream().filter(kind).count();
    }

    /** Every mail received so far, one for each recipient it went to. */
    static List<Mail> received() throws MessagingException, IOException {
        List<Mail> mails = new ArrayList<>();
        for (MimeMessage message : server.getReceivedMessages()) {
            for (Address recipient : message.getAllRecipients()) {
                mails.add(new Mail(recipient.toString(), message.getSubject(), message.getContent().toString()));
            }
        }
        return mails;
    }

    static void stop() {
        server.stop();
    }
}
