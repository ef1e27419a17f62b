package org.jointacceptance.access;

/**
 * Someone who acts: their {@code login}, by which the system knows them (audit, assignments), and the {@code name}
 * people read, as the identity provider gives it (the token's {@code name} claim; null when it gives none). What is
 * told to people names them by {@code name}, never by their login.
 */
public record Person(String login, String name) {
}
