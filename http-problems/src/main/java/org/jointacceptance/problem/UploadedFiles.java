package org.jointacceptance.problem;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
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

    /** What may be stored of an accepted file: its own name, its plain media type and its SHA-256 digest. */
    public record Accepted(String name, String mediaType, String sha256) {
    }

    /**
     * Takes the file as it may be stored, named by its digest when its name leaves nothing; refuses it (a problem:
     * 400, 413 or 415) when it is empty, larger than {@code maxSize} bytes, of a type not in {@code mediaTypes}, or
     * not of the type it is declared.
     */
    public static Accepted accept(String uploadedName, String declaredType, byte[] content, long maxSize,
            List<String> mediaTypes) {
        String sha256 = sha256(content);
        String name = name(uploadedName, sha256);
        String type = mediaType(declaredType);
        if (content.length == 0) {
            throw ProblemException.invalid("empty-file", name);
        }
        if (content.length > maxSize) {
            throw new ProblemException("file-too-large", 413, name, content.length, maxSize);
        }
        if (!mediaTypes.contains(type)) {
            throw new ProblemException("unsupported-media-type", 415, type, String.join(", ", mediaTypes));
        }
        if (!isOfType(content, type)) {
            throw new ProblemException("content-does-not-match-type", 415, name, type);
        }
        return new Accepted(name, type, sha256);
    }

    /** The lower-case hex SHA-256 digest that names every file, in every service. */
    public static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
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
