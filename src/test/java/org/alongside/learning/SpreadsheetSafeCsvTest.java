package org.alongside.learning;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class SpreadsheetSafeCsvTest {

    @Test
    void cellsAFormulaCouldStartWithAreMadeText() {
        assertThat(SpreadsheetSafeCsv.neutralise("=HYPERLINK(\"http://evil\")")).isEqualTo("'=HYPERLINK(\"http://evil\")");
        assertThat(SpreadsheetSafeCsv.neutralise("+44 20")).isEqualTo("'+44 20");
        assertThat(SpreadsheetSafeCsv.neutralise("-1+1")).isEqualTo("'-1+1");
        assertThat(SpreadsheetSafeCsv.neutralise("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(SpreadsheetSafeCsv.neutralise("\t=1")).isEqualTo("'\t=1");
        assertThat(SpreadsheetSafeCsv.neutralise("\r=1")).isEqualTo("'\r=1");
        assertThat(SpreadsheetSafeCsv.neutralise("Tam = kind")).isEqualTo("Tam = kind");
        assertThat(SpreadsheetSafeCsv.neutralise("Anne-Marie")).isEqualTo("Anne-Marie");
        assertThat(SpreadsheetSafeCsv.neutralise(null)).isEmpty();
    }

    @Test
    void commasQuotesAndLineBreaksAreQuotedAndReadBackWhole() throws Exception {
        String csv = SpreadsheetSafeCsv.write(List.of(List.of("Name", "Status"),
                List.of("Smith, \"Jo\"", "=1+2"), List.of("Two\nlines", "Complete")));

        assertThat(csv).startsWith("Name,Status\r\n").contains("\"Smith, \"\"Jo\"\"\",'=1+2");
        List<CSVRecord> records = CSVFormat.RFC4180.parse(new StringReader(csv)).getRecords();
        assertThat(records).hasSize(3);
        assertThat(records.get(1).get(0)).isEqualTo("Smith, \"Jo\"");
        assertThat(records.get(1).get(1)).isEqualTo("'=1+2");
        assertThat(records.get(2).get(0)).isEqualTo("Two\nlines");
    }
}
