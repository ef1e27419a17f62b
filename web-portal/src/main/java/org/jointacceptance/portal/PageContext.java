package org.jointacceptance.portal;

import java.util.Locale;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.Cookie;
import io.vertx.ext.web.RoutingContext;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

/**
 * What every page shows around its content: the reader's language and the switch to the other, and once signed in
 * their name and how many notices they have not read. Templates read it as {@code inject:page}.
 */
@Named("page")
@RequestScoped
public class PageContext {

    private static final Logger LOG = Logger.getLogger(PageContext.class);

    private final RoutingContext request;
    private final SecurityIdentity identity;
    private final NotificationService notifications;
    private Long unread;

    PageContext(RoutingContext request, SecurityIdentity identity, @RestClient NotificationService notifications) {
        this.request = request;
        this.identity = identity;
        this.notifications = notifications;
    }

    /** {@code template} in the reader's language. */
    public TemplateInstance render(TemplateInstance template) {
        return template.setLocale(locale());
    }

    public Locale locale() {
        Cookie cookie = request.request().getCookie(Language.COOKIE);
        return Language.of(cookie == null ? null : cookie.getValue());
    }

    /** The pages' words in the reader's language, for what code rather than a template says. */
    public Messages messages() {
        return words(Messages.class);
    }

    /** The words of the lead center's own forms and log in the reader's language, for what code says. */
    public LeadCenterWords leadCenterWords() {
        return words(LeadCenterWords.class);
    }

    /** The words of a bundle in the reader's language, for what code says. */
    public <T> T words(Class<T> bundle) {
        return locale().equals(Language.ENGLISH)
                ? MessageBundles.get(bundle, Localized.Literal.of(Language.ENGLISH.toLanguageTag()))
                : MessageBundles.get(bundle);
    }

    /** For {@code <html lang>}. */
    public String language() {
        return locale().toLanguageTag();
    }

    /** Where the switch to the other language posts. */
    public String otherLanguage() {
        return "/language/" + (locale().equals(Language.ENGLISH) ? "zh-CN" : "en");
    }

    /** This page, for the switch to come back to. */
    public String here() {
        return Language.ownPage(request.request().uri());
    }

    public boolean signedIn() {
        return !identity.isAnonymous();
    }

    /** Whether the signed-in user inspects for a department: their pages are the inspections, not applications. */
    public boolean inspector() {
        return identity.hasRole("inspector");
    }

    /** Whether the signed-in user leads a department's inspectors: they assign inspections. */
    public boolean lead() {
        return identity.hasRole("lead");
    }

    /** Whether the signed-in user is a coordinator of the lead center: they may change routing, terminate, reopen. */
    public boolean coordinator() {
        return identity.hasRole("coordinator");
    }

    /** Whether the signed-in user leads the lead center: they sign each section's decision. */
    public boolean leadCenter() {
        return identity.hasRole("lead-center");
    }

    /** Whether the signed-in user coordinates, leads the lead center or supervises: their page is the board. */
    public boolean coordinating() {
        return identity.hasRole("coordinator") || identity.hasRole("lead-center") || identity.hasRole("supervisor");
    }

    /**
     * How many of the signed-in user's notices are unread; 0 while notification-service does not answer, so that the
     * page still shows.
     */
    public long unread() {
        if (unread == null) {
            try {
                unread = signedIn() ? notifications.unread().unread() : 0L;
            } catch (RuntimeException e) {
                LOG.debugf("No unread count: %s", e.getMessage());
                unread = 0L;
            }
        }
        return unread;
    }

    /** A claim of the signed-in person's token ({@code credit_code}, {@code email}...); empty when there is none. */
    public String claim(String name) {
        if (identity.getPrincipal() instanceof JsonWebToken token && token.getClaim(name) != null) {
            return token.getClaim(name).toString();
        }
        return "";
    }

    /** The signed-in person's name as the identity provider knows it ({@code name}), else their login. */
    public String name() {
        if (identity.isAnonymous()) {
            return "";
        }
        if (identity.getPrincipal() instanceof JsonWebToken token && token.getClaim("name") != null) {
            return token.getClaim("name").toString();
        }
        return identity.getPrincipal().getName();
    }
}
