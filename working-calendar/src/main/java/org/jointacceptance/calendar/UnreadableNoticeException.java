package org.jointacceptance.calendar;

import java.util.Locale;

/** A line of a holiday notice that could not be read as the State Council writes it; nothing was taken from the text. */
public class UnreadableNoticeException extends InvalidArrangementException {

    private final int lineNumber;
    private final String line;

    /** Line {@code lineNumber} (0: the notice as a whole) could not be read, for {@code reason} with its facts. */
    public UnreadableNoticeException(int lineNumber, String line, String reason, Object... facts) {
        super(reason, facts);
        this.lineNumber = lineNumber;
        this.line = line;
    }

    /** The line's number in the text, counting from 1; 0 when the notice as a whole is at fault. */
    public int lineNumber() {
        return lineNumber;
    }

    public String line() {
        return line;
    }

    @Override
    public String message(Locale language) {
        String why = super.message(language);
        return lineNumber == 0 ? words("notice-unreadable", language, why)
                : words("notice-line-unreadable", language, lineNumber, line, why);
    }
}
