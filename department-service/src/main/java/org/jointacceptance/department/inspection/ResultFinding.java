package org.jointacceptance.department.inspection;

import java.util.List;

import org.jointacceptance.messaging.department.Finding;

/**
 * A finding of a submitted result as the department keeps it, with its evidence files: the stored form, its own
 * type, so that a change to the result event cannot silently change what is stored.
 */
public record ResultFinding(String item, String itemZh, String description, Boolean rectifiable,
        String requiredAction, String severity, List<Evidence> evidence) {

    /** An evidence file, by its digest. */
    public record Evidence(String name, String mediaType, String sha256) {
    }

    public static ResultFinding of(Finding finding) {
        return new ResultFinding(finding.item(), finding.itemZh(), finding.description(), finding.rectifiable(),
                finding.requiredAction(), finding.severity() == null ? null : finding.severity().name(),
                finding.evidence().stream().map(file -> new Evidence(file.name(), file.mediaType(), file.sha256()))
                        .toList());
    }
}
