package org.jointacceptance.portal;

import java.net.URI;
import java.util.Locale;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;

import io.quarkus.security.identity.SecurityIdentity;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

/**
 * The reader's language: Simplified Chinese unless they chose English. The pages keep the choice in the cookie
 * {@code lang}; for someone signed in it is also the language of the notices written to them from then on.
 */
@Path("/language")
@PermitAll
public class Language {

    private static final Logger LOG = Logger.getLogger(Language.class);

    static final String COOKIE = "lang";
    static final Locale CHINESE = Locale.forLanguageTag("zh-CN");
    static final Locale ENGLISH = Locale.ENGLISH;

    private final SecurityIdentity identity;
    private final NoticePreferences notices;

    Language(SecurityIdentity identity, @RestClient NoticePreferences notices) {
        this.identity = identity;
        this.notices = notices;
    }

    /** The reader's language from the cookie's value (missing or unknown: Chinese). */
    static Locale of(String cookie) {
        return "en".equals(cookie) ? ENGLISH : CHINESE;
    }

    /**
     * Switches the pages, and the notices of someone signed in, to {@code tag} ({@code zh-CN} or {@code en}) and goes
     * back to the page the reader was on. The pages switch even while notification-service does not answer.
     */
    @POST
    @Path("/{tag}")
    public Response choose(@PathParam("tag") String tag, @FormParam("back") String back) {
        String chosen = "en".equals(tag) ? "en" : "zh-CN";
        if (!identity.isAnonymous()) {
            try {
                notices.chooseLanguage(new NoticePreferences.LanguageChoice(chosen));
            } catch (RuntimeException e) {
                LOG.warnf("The notices of %s stay in their language: %s", identity.getPrincipal().getName(),
                        e.getMessage());
            }
        }
        NewCookie cookie = new NewCookie.Builder(COOKIE).value(chosen).path("/").maxAge(365 * 24 * 3600)
                .sameSite(NewCookie.SameSite.LAX).httpOnly(true).build();
        return Response.seeOther(URI.create(ownPage(back))).cookie(cookie).build();
    }

    /** {@code back} when it is a page of this portal, else the home page: never a redirect elsewhere. */
    static String ownPage(String back) {
        return back != null && back.startsWith("/") && !back.startsWith("//") && !back.contains("\\") ? back : "/";
    }
}
