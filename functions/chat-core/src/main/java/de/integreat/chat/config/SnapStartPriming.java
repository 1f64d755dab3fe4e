package de.integreat.chat.config;

import de.integreat.chat.appchat.ChatMessage;
import de.integreat.chat.appchat.ChatView;
import de.integreat.chat.attachments.AttachmentRef;
import de.integreat.chat.http.FormBody;
import de.integreat.chat.http.HttpEvents;
import de.integreat.chat.http.HttpResponse;
import de.integreat.chat.http.Json;
import de.integreat.chat.http.Times;
import de.integreat.chat.settings.RegionSettingsStore;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.crac.Context;
import org.crac.Core;
import org.crac.Resource;

/**
 * The SnapStart priming hook of a function container. Before Lambda takes the snapshot it runs the code
 * paths every request needs, so that their classes are loaded and initialised in the snapshot instead of
 * on the first request after a restore: parsing an HTTP API event, one DynamoDB {@code GetItem} (marshalling,
 * signing, the HTTP client, unmarshalling), building the S3 client and presigning an S3 URL (both without a
 * network call; {@link AwsClients} builds them lazily otherwise; skipped in jars without S3), parsing a
 * multipart body and serialising the app's chat object.
 *
 * <p>It is read-only: it writes nothing to the table or the bucket, and keeps nothing it computed (no cached
 * settings, no ids, no random values), so every restored copy starts from the same neutral state.
 */
public final class SnapStartPriming implements Resource {

    /** A region slug that no region uses ({@code REGION#} keys are lower-case slugs without underscores). */
    static final String PRIMING_REGION = "snapstart_priming";

    /** CRaC holds registered resources weakly; the container's hooks must live as long as the container. */
    private static final List<SnapStartPriming> REGISTERED = new CopyOnWriteArrayList<>();

    private static final byte[] SAMPLE_EVENT = ("{\"version\":\"2.0\",\"routeKey\":\"GET /api/v3/{region}/{language}/chat/{device_id}\","
            + "\"rawPath\":\"/api/v3/priming/de/chat/priming\",\"rawQueryString\":\"\",\"headers\":{\"accept\":\"application/json\"},"
            + "\"pathParameters\":{\"region\":\"priming\",\"language\":\"de\",\"device_id\":\"priming\"},"
            + "\"requestContext\":{\"requestId\":\"priming\",\"http\":{\"method\":\"GET\",\"path\":\"/api/v3/priming/de/chat/priming\"}},"
            + "\"isBase64Encoded\":false}").getBytes(StandardCharsets.UTF_8);

    private static final byte[] SAMPLE_MULTIPART_EVENT = ("{\"routeKey\":\"POST /priming\",\"headers\":{\"content-type\":"
            + "\"multipart/form-data; boundary=priming\"},\"requestContext\":{\"http\":{\"method\":\"POST\"}},"
            + "\"body\":\"--priming\\r\\nContent-Disposition: form-data; name=\\\"message\\\"\\r\\n\\r\\npriming\\r\\n--priming--\\r\\n\","
            + "\"isBase64Encoded\":false}").getBytes(StandardCharsets.UTF_8);

    private final ChatContext context;

    public SnapStartPriming(ChatContext context) {
        this.context = context;
    }

    /** Registers the priming hook of a Lambda container's context with the global CRaC context. */
    public static void register(ChatContext context) {
        SnapStartPriming priming = new SnapStartPriming(context);
        REGISTERED.add(priming);
        Core.getGlobalContext().register(priming);
    }

    @Override
    public void beforeCheckpoint(Context<? extends Resource> checkpoint) {
        prime();
    }

    @Override
    public void afterRestore(Context<? extends Resource> restore) {
        // nothing was kept that a restored copy would have to renew
    }

    /** Runs the read-only request paths once; see the class comment. */
    public void prime() {
        try {
            HttpEvents.parse(Json.readObject(SAMPLE_EVENT));
            new RegionSettingsStore(context.aws().dynamo(), context.config().tableName(), context.clock(), 0)
                    .find(PRIMING_REGION);
            if (AwsClients.s3Available()) {
                context.aws().s3();
                context.aws().presigner().presignGetObject(p -> p.signatureDuration(Duration.ofMinutes(1))
                        .getObjectRequest(g -> g.bucket(context.config().bucket()).key("priming/priming.pdf")));
            }
            // The app's chat object and the response event, written as on every request.
            ChatView chat = new ChatView(List.of(new ChatView.MessageView(1, "priming", true, false, ChatMessage.USER,
                    Times.iso(0), List.of(new AttachmentRef("0".repeat(64), "priming.pdf", 1, "application/pdf")))),
                    false, false, null);
            HttpResponse response = HttpResponse.json(200, chat);
            Json.write(response.toEvent(), OutputStream.nullOutputStream());
            // The app's multipart parser (commons-fileupload), on a fixed in-memory body.
            FormBody.parse(HttpEvents.parse(Json.readObject(SAMPLE_MULTIPART_EVENT)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
