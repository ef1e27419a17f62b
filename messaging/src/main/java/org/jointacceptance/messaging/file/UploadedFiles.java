package org.jointacceptance.messaging.file;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;

/**
 * What every service checks of a file uploaded to it (an applicant's material, an inspector's evidence) before it
 * stores the file and names it in an event: a name that is only a name, a plain media type, and content that is of
 * that type, so that the "PDF" another department opens is a PDF.
 */
public final class UploadedFiles {

    /** The longest name kept; longer names keep their end, where the extension is. */
    public static final int MAX_NAME_LENGTH = 200;

    /** How files of the accepted types begin (their signature); a file declared one of them must begin so. */
    private static final Map<String, byte[]> SIGNATURES = Map.of(
            "application/pdf", "%PDF-".getBytes(StandardCharsets.US_ASCII),
            "image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF},
            "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});

    private UploadedFiles() {
    }

    /**
     * The file's own name without any folder part ({@code ../../etc/passwd} is {@code passwd}) or characters that
     * could not be shown or saved safely; {@code unnamed} when nothing is left of it.
     */
    public static String name(String uploadedName, String unnamed) {
        String base = uploadedName == null ? "" : uploadedName.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1).strip().replaceAll("[\\p{Cntrl}\"<>|:*?]", "_");
        if (base.isEmpty() || base.equals(".") || base.equals("..")) {
            return unnamed;
        }
        return base.length() > MAX_NAME_LENGTH ? base.substring(base.length() - MAX_NAME_LENGTH) : base;
    }

    /** The declared media type without its parameters, in lower case: {@code Application/PDF; x=y} is {@code application/pdf}. */
    public static String mediaType(String declared) {
        return declared == null ? "" : declared.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
    }

    /**
     * True when {@code content} begins as files of {@code mediaType} do. A type whose signature is not known here (a
     * city may accept more types by configuration) is taken at its word.
     */
    public static boolean isOfType(byte[] content, String mediaType) {
        byte[] signature = SIGNATURES.get(mediaType);
        return signature == null || content.length >= signature.length
                && Arrays.equals(content, 0, signature.length, signature, 0, signature.length);
    }
}
