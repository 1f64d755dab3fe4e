package de.integreat.chat.resolveattachment;

import de.integreat.chat.appchat.AppChatService;
import de.integreat.chat.auth.Caller;
import de.integreat.chat.config.ChatContext;
import de.integreat.chat.http.ApiFunction;
import de.integreat.chat.http.HttpResponse;
import de.integreat.chat.http.Json;
import de.integreat.chat.http.Route;
import de.integreat.chat.inbox.UploadService;
import de.integreat.chat.settings.RegionSettingsStore;
import java.util.Map;

/** Lambda handler for attachments: the app's download redirect and the counsellor's upload URL. */
public final class ResolveAttachmentFunction extends ApiFunction {

    public static final String APP_ATTACHMENT = "GET /api/v3/{region}/{language}/chat/{device_id}/{attachment_hash}";
    public static final String UPLOAD_URL = "POST /cms/v1/regions/{region}/chats/{chat_id}/attachments";

    /** Used by Lambda: reads the container's environment once. */
    public ResolveAttachmentFunction() {
        this(ChatContext.fromEnvironment());
    }

    public ResolveAttachmentFunction(ChatContext context) {
        this(context, RegionSettingsStore.from(context));
    }

    private ResolveAttachmentFunction(ChatContext context, RegionSettingsStore settings) {
        super(routes(new AppChatService(context, settings), new UploadService(context, settings)));
    }

    private static Map<String, Route> routes(AppChatService chats, UploadService uploads) {
        return Map.of(
                APP_ATTACHMENT, request -> HttpResponse.redirect(chats.attachmentUrl(
                        request.pathParameter("region"), request.pathParameter("language"),
                        request.pathParameter("device_id"), request.pathParameter("attachment_hash"))),
                UPLOAD_URL, request -> {
                    Caller caller = Caller.from(request);
                    return HttpResponse.json(201, uploads.create(caller, request.pathParameter("region"),
                            request.pathParameter("chat_id"), Json.readObject(request)));
                });
    }
}
