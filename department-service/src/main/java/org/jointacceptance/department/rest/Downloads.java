package org.jointacceptance.department.rest;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import jakarta.ws.rs.core.Response;

/** A file as a download: its media type, its name for saving, and its digest as the ETag. */
final class Downloads {

    private Downloads() {
    }

    static Response of(byte[] content, String mediaType, String name, String sha256) {
        String fileName = name == null || name.isBlank() ? sha256 : name;
        return Response.ok(content, mediaType == null ? "application/octet-stream" : mediaType)
                .header("Content-Disposition", "attachment; filename*=UTF-8''"
                        + URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20"))
                .header("ETag", "\"" + sha256 + "\"")
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }
}
