package org.jointacceptance.notification.notice;

/** What one recipient is told of one event, in their language: a one-line subject and a plain-text body. */
public record Notice(String subject, String body) {
}
