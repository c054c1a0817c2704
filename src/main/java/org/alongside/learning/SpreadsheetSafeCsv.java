package org.alongside.learning;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * CSV that is safe to open in a spreadsheet. Names are typed by trainees, and a cell starting with
 * {@code = + - @} (or a tab or carriage return) would be run as a formula by Excel or LibreOffice:
 * such a cell gets a leading single quote, which spreadsheets show as text. Commas, quotes and
 * line breaks are quoted by commons-csv in the usual way.
 */
public final class SpreadsheetSafeCsv {

    private SpreadsheetSafeCsv() {
    }

    /** The cell as written: unchanged unless a spreadsheet would read it as a formula. */
    public static String neutralise(String cell) {
        if (cell == null || cell.isEmpty()) {
            return "";
        }
        char first = cell.charAt(0);
        boolean formula = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
        return formula ? "'" + cell : cell;
    }

    /** The rows as CSV (RFC 4180, CRLF line ends), every cell neutralised. */
    public static String write(List<List<String>> rows) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180)) {
            for (List<String> row : rows) {
                printer.printRecord(row.stream().map(SpreadsheetSafeCsv::neutralise).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
