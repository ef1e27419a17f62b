package org.jointacceptance.acceptance.rest;

import java.util.List;
import java.util.Locale;

import jakarta.ws.rs.core.HttpHeaders;

/** The language a caller asks a document in: the first of its Accept-Language, if any. */
final class AskedLanguage {

    private AskedLanguage() {
    }

    static String of(HttpHeaders headers) {
        List<Locale> asked = headers.getAcceptableLanguages();
        return asked.isEmpty() ? "" : asked.get(0).getLanguage();
    }
}
