package org.jointacceptance.portal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import io.quarkus.qute.TemplateExtension;

/** Moments as the reader in China reads them, whatever offset the services answer in. */
@TemplateExtension
final class ChinaTime {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter HOURS_MINUTES = DateTimeFormatter.ofPattern("HH:mm");

    private ChinaTime() {
    }

    static LocalDate chinaDate(OffsetDateTime moment) {
        return moment.atZoneSameInstant(CHINA).toLocalDate();
    }

    static String chinaTime(OffsetDateTime moment) {
        return moment.atZoneSameInstant(CHINA).format(HOURS_MINUTES);
    }
}
