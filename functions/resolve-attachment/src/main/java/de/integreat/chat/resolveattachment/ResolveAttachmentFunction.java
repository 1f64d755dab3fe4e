package de.integreat.chat.resolveattachment;

import de.integreat.chat.appchat.AppChatService;
import de.integreat.chat.config.ChatContext;
import de.integreat.chat.http.ApiFunction;
import de.integreat.chat.http.HttpResponse;
import de.integreat.chat.http.Route;
import de.integreat.chat.settings.RegionSettingsStore;
import java.util.Map;

/** Lambda handler for attachments: the app's download redirect. */
public final class ResolveAttachmentFunction extends ApiFunction {

    public static final String APP_ATTACHMENT = "GET /api/v3/{region}/{language}/chat/{device_id}/{attachment_hash}";

    /** Used by Lambda: reads the container's environment once. */
    public ResolveAttachmentFunction() {
        this(ChatContext.fromEnvironment());
    }

    public ResolveAttachmentFunction(ChatContext context) {
        super(routes(new AppChatService(context, RegionSettingsStore.from(context))));
    }

    private static Map<String, Route> routes(AppChatService chats) {
        return Map.of(
                APP_ATTACHMENT, request -> HttpResponse.redirect(chats.attachmentUrl(
                        request.pathParameter("region"), request.pathParameter("language"),
                        request.pathParameter("device_id"), request.pathParameter("attachment_hash"))));
    }
}
