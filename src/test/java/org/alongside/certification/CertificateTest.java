package org.alongside.certification;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.alongside.identity.Account;
import org.alongside.identity.Role;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class CertificateTest {

    private static final LocalDate ISSUED = LocalDate.of(2026, 11, 25);
    private static final LocalDate EXPIRES = LocalDate.of(2028, 11, 25);

    private static Certificate certificate() {
        Account holder = new Account("sam@example.org", "Sam O'Neill-Żak", "hash", Set.of(Role.TRAINEE), Instant.EPOCH);
        Account coordinator = new Account("cora@example.org", "Cora", "hash", Set.of(Role.COORDINATOR), Instant.EPOCH);
        return new Certificate(holder, "peer-support", "Peer Support Training", ISSUED, EXPIRES, coordinator, "  Solid practice.  ");
    }

    @Test
    void statusFollowsTheDatesUntilRevoked() {
        Certificate certificate = certificate();

        assertThat(certificate.status(EXPIRES)).isEqualTo(CertificateStatus.VALID);
        assertThat(certificate.status(EXPIRES.plusDays(1))).isEqualTo(CertificateStatus.EXPIRED);
        certificate.revoke(null, " Left the programme ", Instant.parse("2027-01-01T10:00:00Z"));
        assertThat(certificate.status(ISSUED)).isEqualTo(CertificateStatus.REVOKED);
        assertThat(certificate.getRevocationReason()).isEqualTo("Left the programme");
    }

    @Test
    void verificationCodesAreLongRandomAndShownInGroupsOfFour() {
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < 2000; i++) {
            codes.add(certificate().getVerificationCode());
        }
        String code = certificate().getVerificationCode();

        assertThat(codes).hasSize(2000);
        assertThat(code).hasSize(Certificate.CODE_LENGTH).matches("[0-9A-HJKMNP-TV-Z]+");
        assertThat(Certificate.displayCode(code)).matches("([0-9A-Z]{4}-){4}[0-9A-Z]{4}");
    }

    @Test
    void renewingMovesTheExpirySoRemindersStartAgain() {
        Certificate certificate = certificate();
        certificate.remindedOfExpiry();

        certificate.renew(LocalDate.of(2028, 10, 1), LocalDate.of(2030, 11, 25));

        assertThat(certificate.getExpiresOn()).isEqualTo(LocalDate.of(2030, 11, 25));
        assertThat(certificate.getRenewedOn()).isEqualTo(LocalDate.of(2028, 10, 1));
        assertThat(certificate.getDecisionNote()).isEqualTo("Solid practice.");
    }

    @Test
    void thePdfNamesThePersonTheCourseTheDatesAndTheVerificationLink() throws IOException {
        Certificate certificate = certificate();
        String link = "https://alongside.example.org/verify/" + certificate.getDisplayCode();

        byte[] pdf = CertificatePdf.render(certificate, link);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            assertThat(text).contains("Sam O'Neill-Żak", "Peer Support Training", "25 November 2026", "25 November 2028", link);
            assertThat(document.getDocumentInformation().getTitle()).contains("Sam O'Neill-Żak");
            // Rendered for people to look at; text, frame and QR code leave plenty of ink on the page.
            BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, 72);
            Path screenshots = Files.createDirectories(Path.of("target", "screenshots"));
            ImageIO.write(page, "png", screenshots.resolve("certificate-pdf.png").toFile());
            assertThat(inkedPixels(page)).isGreaterThan(5000);
        }
    }

    private static int inkedPixels(BufferedImage image) {
        int inked = 0;
        for (int x = 0; x < image.getWidth(); x++) {
            for (int y = 0; y < image.getHeight(); y++) {
                if ((image.getRGB(x, y) & 0xFF) < 128) {
                    inked++;
                }
            }
        }
        return inked;
    }
}
