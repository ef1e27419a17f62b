package org.jointacceptance.notification.notice;

import java.time.LocalDate;

import io.quarkus.qute.TemplateExtension;
import org.jointacceptance.messaging.Readable;

/**
 * The notice templates' words for what events carry as codes and ISO dates ({@link Readable}): a department by the
 * city's name for it, a date as the reader writes it. {@code {zh:department(event.department)}} and
 * {@code {zh:date(event.dueDate)}} in the Chinese templates, {@code {en:...}} in the English ones.
 */
public final class DisplayNames {

    private DisplayNames() {
    }

    @TemplateExtension(namespace = "zh")
    static final class Chinese {

        private Chinese() {
        }

        static String department(String code) {
            return Readable.department(code, Readable.CHINESE);
        }

        static String date(LocalDate date) {
            return Readable.date(date, Readable.CHINESE);
        }
    }

    @TemplateExtension(namespace = "en")
    static final class English {

        private English() {
        }

        static String department(String code) {
            return Readable.department(code, Readable.ENGLISH);
        }

        static String date(LocalDate date) {
            return Readable.date(date, Readable.ENGLISH);
        }
    }
}
