package org.alongside.certification;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The printable certificate: who, which course, when it was issued and until when, and the link
 * (also as a QR code) where anyone can check that it is real and still valid.
 */
public final class CertificatePdf {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private static final Color INK = new Color(0x1f, 0x2a, 0x37);
    private static final Color ACCENT = new Color(0x2f, 0x6f, 0x62);
    private static final int QR_PIXELS = 300;

    private CertificatePdf() {
    }

    public static byte[] render(Certificate certificate, String verificationUrl) {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4.rotate(), 72, 72, 60, 48);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, pdf);
            document.addTitle("Peer supporter certificate — " + certificate.getHolderName());
            document.addAuthor("Alongside");
            document.addSubject(certificate.getCourseTitle());
            document.open();
            frame(writer.getDirectContentUnder(), document.getPageSize());
            document.add(centred("Alongside", new Font(Font.HELVETICA, 14, Font.BOLD, ACCENT), 0));
            document.add(centred("Certificate of peer supporter training", new Font(Font.HELVETICA, 26, Font.NORMAL, INK), 18));
            document.add(centred("This certifies that", new Font(Font.HELVETICA, 13, Font.NORMAL, INK), 26));
            document.add(centred(certificate.getHolderName(), new Font(Font.TIMES_ROMAN, 34, Font.BOLDITALIC, INK), 10));
            document.add(centred("has completed the training, attended the course days and had their supervised practice signed off for",
                    new Font(Font.HELVETICA, 13, Font.NORMAL, INK), 14));
            document.add(centred(certificate.getCourseTitle(), new Font(Font.HELVETICA, 18, Font.BOLD, INK), 8));
            String dates = "Issued on " + DATE.format(certificate.getIssuedOn()) + "  ·  Valid until " + DATE.format(certificate.getExpiresOn());
            if (certificate.getRenewedOn() != null) {
                dates += "  ·  Renewed on " + DATE.format(certificate.getRenewedOn());
            }
            document.add(centred(dates, new Font(Font.HELVETICA, 12, Font.NORMAL, INK), 22));
            Image qr = Image.getInstance(qrCode(verificationUrl), null);
            qr.scaleAbsolute(96, 96);
            qr.setAlignment(Element.ALIGN_CENTER);
            qr.setSpacingBefore(16);
            document.add(qr);
            Paragraph check = centred("Check this certificate at ", new Font(Font.HELVETICA, 11, Font.NORMAL, INK), 4);
            check.add(new Chunk(verificationUrl, new Font(Font.COURIER, 11, Font.BOLD, INK)));
            document.add(check);
            document.add(centred("Verification code " + certificate.getDisplayCode(), new Font(Font.HELVETICA, 10, Font.NORMAL, INK), 4));
        } catch (DocumentException | IOException e) {
            throw new IllegalStateException("The certificate PDF could not be written", e);
        } finally {
            document.close();
        }
        return pdf.toByteArray();
    }

    private static void frame(PdfContentByte canvas, Rectangle page) {
        canvas.setColorStroke(ACCENT);
        canvas.setLineWidth(3);
        canvas.roundRectangle(24, 24, page.getWidth() - 48, page.getHeight() - 48, 12);
        canvas.stroke();
        canvas.setLineWidth(0.75f);
        canvas.roundRectangle(32, 32, page.getWidth() - 64, page.getHeight() - 64, 9);
        canvas.stroke();
    }

    private static Paragraph centred(String text, Font font, float spacingBefore) {
        Paragraph paragraph = new Paragraph(text, font);
        paragraph.setAlignment(Element.ALIGN_CENTER);
        paragraph.setSpacingBefore(spacingBefore);
        return paragraph;
    }

    private static BufferedImage qrCode(String text) {
        try {
            BitMatrix matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, QR_PIXELS, QR_PIXELS);
            BufferedImage image = new BufferedImage(matrix.getWidth(), matrix.getHeight(), BufferedImage.TYPE_INT_RGB);
            for (int x = 0; x < matrix.getWidth(); x++) {
                for (int y = 0; y < matrix.getHeight(); y++) {
                    image.setRGB(x, y, matrix.get(x, y) ? 0x000000 : 0xFFFFFF);
                }
            }
            return image;
        } catch (WriterException e) {
            throw new IllegalStateException("A verification link is always short enough for a QR code", e);
        }
    }
}
