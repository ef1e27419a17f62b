package org.jointacceptance.apitesting;

/**
 * What a valid upload to the service holds, for the fuzz test to spoil: a PDF the service accepts in the form's
 * {@code file} part, and the value of its {@code type} part where the form has one (null where it has none).
 */
public record Upload(byte[] pdf, String type) {

    /** A form of one part: the file. */
    public static Upload ofFile(byte[] pdf) {
        return new Upload(pdf, null);
    }
}
