package org.jointacceptance.acceptance.application;

import java.util.List;

import org.jointacceptance.messaging.department.Finding;

/**
 * A department's finding as its inspection cell keeps it (the checklist item in English and in Chinese, {@code
 * itemZh}, missing on findings kept before it existed): the stored form, its own type, so that a change to the
 * result events cannot silently change what is stored.
 */
public record InspectionFinding(String item, String itemZh, String description, Boolean rectifiable,
        String requiredAction, String severity, List<EvidenceFile> evidence) {

    static InspectionFinding of(Finding finding) {
        return new InspectionFinding(finding.item(), finding.itemZh(), finding.description(), finding.rectifiable(),
                finding.requiredAction(), finding.severity() == null ? null : finding.severity().name(),
                finding.evidence().stream().map(file -> new EvidenceFile(file.name(), file.mediaType(), file.sha256()))
                        .toList());
    }
}
