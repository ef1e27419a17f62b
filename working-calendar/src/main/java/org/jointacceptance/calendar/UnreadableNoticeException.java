package org.jointacceptance.calendar;

/** A line of a holiday notice that could not be read as the State Council writes it; nothing was taken from the text. */
public class UnreadableNoticeException extends InvalidArrangementException {

    private final int lineNumber;
    private final String line;

    public UnreadableNoticeException(int lineNumber, String line, String problem) {
        super(lineNumber == 0 ? "The notice could not be read: " + problem
                : "Line " + lineNumber + " of the notice could not be read (「" + line + "」): " + problem);
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
}
