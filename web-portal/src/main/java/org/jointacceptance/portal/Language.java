package org.jointacceptance.portal;

import java.net.URI;
import java.util.Locale;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;

/**
 * The language of the pages: Simplified Chinese unless the reader chose English, a choice kept in the cookie
 * {@code lang}.
 */
@Path("/language")
@PermitAll
public class Language {

    static final String COOKIE = "lang";
    static final Locale CHINESE = Locale.forLanguageTag("zh-CN");
    static final Locale ENGLISH = Locale.ENGLISH;

    /** The reader's language from the cookie's value (missing or unknown: Chinese). */
    static Locale of(String cookie) {
        return "en".equals(cookie) ? ENGLISH : CHINESE;
    }

    /** Switches the pages to {@code tag} ({@code zh-CN} or {@code en}) and goes back to the page the reader was on. */
    @GET
    @Path("/{tag}")
    public Response choose(@PathParam("tag") String tag, @QueryParam("back") String back) {
        String chosen = "en".equals(tag) ? "en" : "zh-CN";
        NewCookie cookie = new NewCookie.Builder(COOKIE).value(chosen).path("/").maxAge(365 * 24 * 3600)
                .sameSite(NewCookie.SameSite.LAX).httpOnly(true).build();
        return Response.seeOther(URI.create(ownPage(back))).cookie(cookie).build();
    }

    /** {@code back} when it is a page of this portal, else the home page: never a redirect elsewhere. */
    static String ownPage(String back) {
        return back != null && back.startsWith("/") && !back.startsWith("//") && !back.contains("\\") ? back : "/";
    }
}
