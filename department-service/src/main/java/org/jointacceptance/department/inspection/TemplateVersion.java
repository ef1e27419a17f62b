package org.jointacceptance.department.inspection;

/** Which template, in which version, an inspection's checklist was opened from. */
public record TemplateVersion(String template, int version) {
}
