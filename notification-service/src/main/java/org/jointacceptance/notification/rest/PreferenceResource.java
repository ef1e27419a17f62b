package org.jointacceptance.notification.rest;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jointacceptance.notification.inbox.Recipient;
import org.jointacceptance.notification.notice.Channel;
import org.jointacceptance.notification.notice.Language;
import org.jointacceptance.notification.notice.NoticeType;
import org.jointacceptance.notification.preference.Preferences;
import org.jointacceptance.problem.Problem;
import org.jointacceptance.problem.ProblemException;

/** What a recipient chose: the language of their notices, and which notices reach them on which channel. */
@Path("/recipients/{recipient}/preferences")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Preferences")
public class PreferenceResource {

    private final Preferences preferences;

    public PreferenceResource(Preferences preferences) {
        this.preferences = preferences;
    }

    /** A recipient's preferences: the language, and every notice type on every channel. */
    public record PreferencesView(String recipient, Language language, List<NoticeSetting> notices) {
    }

    /**
     * One notice type on one channel. {@code requiredByLaw} says which of its notices the law requires, and why: those
     * are delivered even when the type is switched off; a type that is not {@code switchable} is always on.
     */
    public record NoticeSetting(String eventType, Channel channel, boolean enabled, boolean switchable,
            String requiredByLaw) {
    }

    public record LanguageChoice(@NotNull @Schema(example = "en", enumeration = { "zh-CN", "en" }) Language language) {
    }

    public record NoticeSwitch(@NotNull @Schema(example = "false") Boolean enabled) {
    }

    @GET
    @Operation(summary = "A recipient's preferences",
            description = "Recipients are named applicant:<credit code>, department:<code>, coordinator, supervisor. "
                    + "Someone who chose nothing reads the default language and gets every notice on every channel.")
    @APIResponse(responseCode = "400", description = "Not a recipient's name")
    public PreferencesView get(@PathParam("recipient") @Pattern(regexp = Recipient.NAME_PATTERN) String recipient) {
        return view(recipient);
    }

    @PUT
    @Path("/language")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Choose the language of a recipient's notices", description = "zh-CN or en; from the next "
            + "notice on, in every channel.")
    @APIResponse(responseCode = "400", description = "Not a recipient's name, or an unknown language")
    public PreferencesView chooseLanguage(
            @PathParam("recipient") @Pattern(regexp = Recipient.NAME_PATTERN) String recipient,
            @NotNull @Valid LanguageChoice choice) {
        preferences.chooseLanguage(recipient, choice.language());
        return view(recipient);
    }

    @PUT
    @Path("/notices/{channel}/{eventType}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Switch one notice type on or off on one channel",
            description = "Channels: in-app, email, webhook. Notices the law requires cannot be switched off.")
    @APIResponse(responseCode = "400", description = "Not a recipient's name, or no enabled flag")
    @APIResponse(responseCode = "404", description = "No such channel, or no notice of that event type")
    @APIResponse(responseCode = "409", description = "Every notice of this type is required by law (notice-required-by-law)")
    public PreferencesView switchNotice(
            @PathParam("recipient") @Pattern(regexp = Recipient.NAME_PATTERN) String recipient,
            @PathParam("channel") String channel, @PathParam("eventType") String eventType,
            @NotNull @Valid NoticeSwitch change) {
        Channel on = Channel.of(channel).orElseThrow(() -> new ProblemException(Problem.of("not-found", "Not found",
                404, "There is no channel " + channel + "; the channels are in-app, email and webhook")));
        NoticeType type = NoticeType.ofEventType(eventType).orElseThrow(() -> new ProblemException(Problem.of(
                "not-found", "Not found", 404, eventType + " is not told to anyone, so it has no preference")));
        preferences.switchNotice(recipient, new Preferences.Switch(on, type), change.enabled());
        return view(recipient);
    }

    private PreferencesView view(String recipient) {
        Set<Preferences.Switch> off = preferences.switchedOff(recipient);
        List<NoticeSetting> notices = new ArrayList<>();
        for (NoticeType type : NoticeType.values()) {
            for (Channel channel : Channel.values()) {
                notices.add(new NoticeSetting(type.eventType(), channel,
                        !off.contains(new Preferences.Switch(channel, type)), type.switchable(),
                        type.whyRequired().orElse(null)));
            }
        }
        return new PreferencesView(recipient, preferences.language(recipient), notices);
    }
}
