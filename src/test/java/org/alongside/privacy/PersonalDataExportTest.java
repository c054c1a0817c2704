package org.alongside.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PersonalDataExportTest {

    @Test
    void storedValuesAreWrittenAsPlainTextTheFileDocuments() {
        assertThat(PersonalDataExport.plain(Timestamp.from(Instant.parse("2031-03-03T09:30:00Z")))).isEqualTo("2031-03-03T09:30:00Z");
        assertThat(PersonalDataExport.plain(Date.valueOf(LocalDate.of(2031, 3, 3)))).isEqualTo("2031-03-03");
        assertThat(PersonalDataExport.plain("What I wrote,\n  as I wrote it.\n")).isEqualTo("What I wrote,\n  as I wrote it.\n");
        assertThat(PersonalDataExport.plain(42L)).isEqualTo(42L);
        assertThat(PersonalDataExport.plain(null)).isNull();
    }
}
