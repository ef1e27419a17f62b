package org.jointacceptance.calendar;

/** A year's holiday arrangement that cannot be accepted: malformed JSON or data that breaks the calendar's rules. */
public class InvalidArrangementException extends IllegalArgumentException {

    public InvalidArrangementException(String message) {
        super(message);
    }

    public InvalidArrangementException(String message, Throwable cause) {
        super(message, cause);
    }
}
