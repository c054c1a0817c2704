package org.alongside.it;

import static org.alongside.it.CertifiableTrainee.TODAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.io.File;
import java.time.LocalDate;
import java.util.List;
import org.alongside.certification.Certificate;
import org.alongside.certification.CertificationService;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The expiry reminders, sent by the portal's own mail dispatcher to a real SMTP server (GreenMail,
 * started on this side by {@link SmtpInbox}). The first test runs inside the portal and makes
 * the reminders due; the second reads what arrived.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CertificateRemindersMailIT {

    static final String HOLDER = "Rosa Reminded";

    @Deployment
    static WebArchive portal() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File("target/alongside.war"))
                .addClasses(CertificateRemindersMailIT.class, CertifiableTrainee.class, RightAnswers.class, SmtpInbox.class,
                        SmtpInbox.Mail.class);
    }

    @Inject
    CertifiableTrainee trainees;

    @Inject
    CertificationService certification;

    @Test
    @Order(1)
    @RunAsClient
    void theInboxIsListening() {
        SmtpInbox.start();
    }

    @Test
    @Order(2)
    void remindersGoOutOnceSixtyDaysBeforeExpiryToTheHolderAndTheIssuingCoordinator() {
        CertifiableTrainee.People people = trainees.eligible(HOLDER);
        Certificate certificate = certification.certify(people.coordinator(), people.trainee(), "Ready", TODAY);
        LocalDate expiry = certificate.getExpiresOn();
        CertifiableTrainee.People revokedPeople = trainees.eligible("Rex Revoked");
        long revoked = certification.certify(revokedPeople.coordinator(), revokedPeople.trainee(), "Ready", TODAY).getId();
        certification.revoke(revokedPeople.coordinator(), revoked, "Stepped back");

        assertTrue(certification.remindersDue(expiry.minusDays(61)).isEmpty());
        List<Long> due = certification.remindersDue(expiry.minusDays(60));
        assertEquals(List.of(certificate.getId()), due);
        certification.remind(certificate.getId(), expiry.minusDays(60));

        assertTrue(certification.remindersDue(expiry.minusDays(59)).isEmpty(), "once per expiry date");
    }

    @Test
    @Order(3)
    @RunAsClient
    void theHolderAndTheCoordinatorEachGetOneMail() throws Exception {
        try {
            // Two certificates issued and one withdrawn (each holder is told), then the two reminders.
            List<SmtpInbox.Mail> mails = SmtpInbox.awaitMails(5).stream().filter(mail -> mail.subject().contains("expires on")).toList();
            assertEquals(2, mails.size(), "one reminder each, and none for the revoked certificate");
            SmtpInbox.Mail holder = mails.stream().filter(mail -> mail.subject().startsWith("Your certificate for")).findFirst().orElseThrow();
            assertTrue(holder.recipient().startsWith("trainee-"));
            assertTrue(holder.body().contains("Hello " + HOLDER), holder.body());
            assertTrue(holder.body().contains("3 supervision sessions signed off since"), holder.body());
            SmtpInbox.Mail coordinator = mails.stream().filter(mail -> mail.subject().startsWith(HOLDER + "'s certificate expires on"))
                    .findFirst().orElseThrow();
            assertTrue(coordinator.recipient().startsWith("coordinator-"));
            assertTrue(coordinator.body().contains("/coordinator/trainee.xhtml?id="), coordinator.body());
            assertTrue(mails.stream().noneMatch(mail -> mail.body().contains("Rex Revoked")));
        } finally {
            SmtpInbox.stop();
        }
    }
}
