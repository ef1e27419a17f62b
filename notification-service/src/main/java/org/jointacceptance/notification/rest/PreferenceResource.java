package org.jointacceptance.notification.rest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jointacceptance.access.Role;
import org.jointacceptance.notification.notice.Channel;
import org.jointacceptance.notification.notice.Language;
import org.jointacceptance.notification.notice.NoticeType;
import org.jointacceptance.notification.preference.Preferences;
import org.jointacceptance.problem.ProblemException;
import org.jointacceptance.problem.ProblemWords;

/**
 * What the caller chose: the language of its notices, and which notices reach it on which channel. Whoever signs in
 * reads and changes its own preferences only, those of the recipient its token makes it ({@link CallerRecipient}).
 */
@Path("/preferences")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Preferences")
@RolesAllowed({ Role.APPLICANT, Role.INSPECTOR, Role.LEAD, Role.COORDINATOR, Role.LEAD_CENTER,
        Role.SUPERVISOR })
public class PreferenceResource {

    private final Preferences preferences;
    private final CallerRecipient caller;
    private final HttpHeaders headers;

    public PreferenceResource(Preferences preferences, CallerRecipient caller, HttpHeaders headers) {
        this.preferences = preferences;
        this.caller = caller;
        this.headers = headers;
    }

    /** The caller's preferences: the language, and every notice type on every channel. */
    public record PreferencesView(String recipient, Language language, List<NoticeSetting> notices) {
    }

    /**
     * One notice type on one channel. {@code requiredByLaw} says which of its notices the law requires, and why, in the
     * caller's language ({@code Accept-Language}): those are delivered even when the type is switched off; a type that is not {@code switchable} is always on.
     */
    public record NoticeSetting(String eventType, Channel channel, boolean enabled, boolean switchable,
            String requiredByLaw) {
    }

    public record LanguageChoice(@NotNull @Schema(example = "en", enumeration = { "zh-CN", "en" }) Language language) {
    }

    public record NoticeSwitch(@NotNull @Schema(example = "false") Boolean enabled) {
    }

    @GET
    @Operation(summary = "The caller's preferences",
            description = "Someone who chose nothing reads the default language and gets every notice on every "
                    + "channel.")
    public PreferencesView get() {
        return view(caller.name());
    }

    @PUT
    @Path("/language")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Choose the language of the caller's notices", description = "zh-CN or en; from the next "
            + "notice on, in every channel.")
    @APIResponse(responseCode = "400", description = "An unknown language")
    public PreferencesView chooseLanguage(@NotNull @Valid LanguageChoice choice) {
        String recipient = caller.name();
        preferences.chooseLanguage(recipient, choice.language());
        return view(recipient);
    }

    @PUT
    @Path("/notices/{channel}/{eventType}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Switch one notice type on or off on one channel for the caller",
            description = "Channels: in-app, email, webhook. Notices the law requires cannot be switched off.")
    @APIResponse(responseCode = "400", description = "No enabled flag")
    @APIResponse(responseCode = "404", description = "No such channel, or no notice of that event type")
    @APIResponse(responseCode = "409", description = "Every notice of this type is required by law (notice-required-by-law)")
    public PreferencesView switchNotice(@PathParam("channel") String channel, @PathParam("eventType") String eventType,
            @NotNull @Valid NoticeSwitch change) {
        String recipient = caller.name();
        Channel on = Channel.of(channel).orElseThrow(() -> ProblemException.notFound("channel", channel));
        NoticeType type = NoticeType.ofEventType(eventType)
                .orElseThrow(() -> ProblemException.notFound("notice", eventType));
        preferences.switchNotice(recipient, new Preferences.Switch(on, type), change.enabled());
        return view(recipient);
    }

    private PreferencesView view(String recipient) {
        Locale language = ProblemWords.of(headers.getAcceptableLanguages());
        Set<Preferences.Switch> off = preferences.switchedOff(recipient);
        List<NoticeSetting> notices = new ArrayList<>();
        for (NoticeType type : NoticeType.values()) {
            for (Channel channel : Channel.values()) {
                notices.add(new NoticeSetting(type.eventType(), channel,
                        !off.contains(new Preferences.Switch(channel, type)), type.switchable(),
                        type.whyRequired(language).orElse(null)));
            }
        }
        return new PreferencesView(recipient, preferences.language(recipient), notices);
    }
}
