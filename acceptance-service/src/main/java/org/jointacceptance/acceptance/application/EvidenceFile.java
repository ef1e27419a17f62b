package org.jointacceptance.acceptance.application;

/** A file offered as evidence, as a section keeps it: its name, media type and SHA-256 digest. */
public record EvidenceFile(String name, String mediaType, String sha256) {
}
