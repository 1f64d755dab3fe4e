package de.integreat.chat.appchat;

import de.integreat.chat.attachments.AttachmentHash;
import de.integreat.chat.attachments.AttachmentPolicy;
import de.integreat.chat.attachments.AttachmentRef;
import de.integreat.chat.attachments.AttachmentStore;
import de.integreat.chat.attachments.FileTypes;
import de.integreat.chat.attachments.StoredAttachment;
import de.integreat.chat.config.ChatContext;
import de.integreat.chat.config.Config;
import de.integreat.chat.config.Lazy;
import de.integreat.chat.http.ApiError;
import de.integreat.chat.http.Upload;
import de.integreat.chat.settings.RegionSettings;
import de.integreat.chat.settings.RegionSettingsStore;
import de.integreat.chat.storage.Keys;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The app user's chat: the current chat, sending, the beta decision and attachment links. Every method
 * takes already-checked path parameters except where it says otherwise.
 */
public final class AppChatService {

    /** The app shows the newest messages of a chat, up to these bounds (Lambda responses are at most 6 MB). */
    static final int APP_MAX_MESSAGES = 500;
    static final int APP_MAX_CHARS = 1_000_000;

    private static final int IDEMPOTENCY_WAIT_POLLS = 20;
    private static final long IDEMPOTENCY_WAIT_MILLIS = 100;
    private static final Pattern IDEMPOTENCY_KEY = Pattern.compile("[\\x21-\\x7e]{1,128}");

    private final Config config;
    private final Clock clock;
    private final AppRegions regions;
    private final DeviceStateStore states;
    private final MessageStore messages;
    private final ChatArchive archive;
    private final IdempotencyStore idempotency;
    private final AbTestStore abTests;
    /** Built on first use: it needs the S3 client and presigner, which most routes never touch. */
    /** Built on first use: the current-chat function ships no S3, and its routes never reach attachments. */
    private final Lazy<AttachmentStore> attachments;
    private final AttachmentPolicy attachmentPolicy;

    public AppChatService(ChatContext context, RegionSettingsStore settings) {
        this.config = context.config();
        this.clock = context.clock();
        var dynamo = context.aws().dynamo();
        String table = config.tableName();
        this.regions = new AppRegions(settings);
        this.states = new DeviceStateStore(dynamo, table, clock);
        this.messages = new MessageStore(dynamo, table);
        this.archive = new ChatArchive(dynamo, table);
        this.idempotency = new IdempotencyStore(dynamo, table);
        this.abTests = new AbTestStore(dynamo, table);
        this.attachments = new Lazy<>(() -> AttachmentStore.from(context));
        this.attachmentPolicy = new AttachmentPolicy(config);
    }

    /** Whether the app shows the chat to this device: the region's chat is on and the device drew "yes". */
    public boolean isChatEnabled(String region, String deviceId) {
        DeviceId.require(deviceId);
        RegionSettings settings = regions.require(region);
        boolean tester = abTests.isTester(deviceId, region, settings.betaTesterPercentage());
        return settings.appChatEnabled() && tester;
    }

    /** The device's current chat (counted as a read); 404 when it has none or it expired. */
    public ChatView currentChat(String region, String language, String deviceId) {
        DeviceId.require(deviceId);
        RegionSettings settings = regions.requireChat(region, language);
        DeviceState state = countRead(deviceId, region, settings);
        long now = clock.millis();
        if (!state.hasChatActiveAfter(now - settings.retentionSeconds() * 1000)) {
            throw ApiError.notFound("Chat not found.");
        }
        return view(deviceId, region, state, settings);
    }

    /**
     * Sends a message (or only consent) to the current chat, starting a new chat when there is none,
     * it expired, or {@code force_new} is set. With an idempotency key a retry returns the chat unchanged.
     */
    public ChatView send(String region, String language, String deviceId, NewMessage message, String idempotencyKey) {
        DeviceId.require(deviceId);
        RegionSettings settings = regions.requireChat(region, language);
        attachmentPolicy.check(message.files());
        if (idempotencyKey == null) {
            return store(region, language, deviceId, message, settings);
        }
        if (!IDEMPOTENCY_KEY.matcher(idempotencyKey).matches()) {
            throw ApiError.badRequest("Idempotency-Key must be 1 to 128 visible ASCII characters.");
        }
        long now = clock.millis() / 1000;
        var claim = idempotency.claim(deviceId, idempotencyKey, message.fingerprint(region, language),
                now, config.idempotencyTtlHours() * 3600L);
        if (claim instanceof IdempotencyStore.Claim.Seen seen) {
            if (!seen.sameRequest()) {
                throw ApiError.conflict("This Idempotency-Key was already used for a different request.");
            }
            if (!seen.done() && !awaitFirstRequest(deviceId, idempotencyKey)) {
                throw new ApiError(409, "A request with this Idempotency-Key is still being processed.",
                        java.util.Map.of("retry-after", "1"));
            }
            return currentChat(region, language, deviceId);
        }
        try {
            ChatView view = store(region, language, deviceId, message, settings);
            idempotency.markDone(deviceId, idempotencyKey);
            return view;
        } catch (RuntimeException e) {
            idempotency.release(deviceId, idempotencyKey);
            throw e;
        }
    }

    /**
     * A retry that arrives while the first request is still storing the message waits briefly for it
     * (a send takes milliseconds), so the app gets the chat instead of a conflict.
     */
    private boolean awaitFirstRequest(String deviceId, String key) {
        for (int i = 0; i < IDEMPOTENCY_WAIT_POLLS; i++) {
            try {
                Thread.sleep(IDEMPOTENCY_WAIT_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
            if (idempotency.isDone(deviceId, key)) {
                return true;
            }
        }
        return false;
    }

    /** A short-lived download URL for an attachment of the device's current chat; 404 otherwise. */
    public String attachmentUrl(String region, String language, String deviceId, String hash) {
        DeviceId.require(deviceId);
        RegionSettings settings = regions.requireChat(region, language);
        if (!AttachmentHash.isWellFormed(hash)) {
            throw attachmentNotFound();
        }
        DeviceState state = countRead(deviceId, region, settings);
        long nowMillis = clock.millis();
        StoredAttachment attachment = attachments.get().find(hash, nowMillis / 1000).orElseThrow(AppChatService::attachmentNotFound);
        boolean ownsIt = deviceId.equals(attachment.deviceId()) && region.equals(attachment.region())
                && attachment.chatId().equals(state.chatId())
                && state.hasChatActiveAfter(nowMillis - settings.retentionSeconds() * 1000);
        if (!ownsIt) {
            throw attachmentNotFound();
        }
        return attachments.get().downloadUrl(attachment, Duration.ofSeconds(config.attachmentUrlTtlSeconds()));
    }

    private ChatView store(String region, String language, String deviceId, NewMessage message, RegionSettings settings) {
        long nowMillis = clock.millis();
        long retention = settings.retentionSeconds();
        ChatChange change = message.forceNew()
                ? new ChatChange.StartNew(message.hasMessage())
                : new ChatChange.Append(nowMillis - retention * 1000, message.hasMessage());
        StateOutcome outcome = states.apply(new StateUpdate(deviceId, region, RateCounter.SEND, config.sendLimit(),
                config.windowSeconds(), change, message.evaluationConsent(), language, retention));
        if (outcome instanceof StateOutcome.Limited limited) {
            throw ApiError.tooManyRequests(limited.retryAfterSeconds());
        }
        StateOutcome.Updated updated = (StateOutcome.Updated) outcome;
        DeviceState state = updated.state();
        if (updated.replaced() != null) {
            archive.archive(deviceId, region, updated.replaced(), retention);
        }
        if (message.hasMessage()) {
            long createdAt = state.lastMessageAt();
            List<AttachmentRef> refs = new ArrayList<>();
            for (Upload file : message.files()) {
                refs.add(saveUpload(deviceId, region, state.chatId(), file, createdAt / 1000 + retention));
            }
            messages.put(deviceId, region, state.chatId(), new ChatMessage(state.messageSeq(), ChatMessage.USER,
                    message.text(), false, false, createdAt, refs), retention);
        }
        return view(deviceId, region, state, settings);
    }

    private AttachmentRef saveUpload(String deviceId, String region, String chatId, Upload file, long expiresAt) {
        String hash = AttachmentHash.generate();
        StoredAttachment attachment = new StoredAttachment(hash, deviceId, region, chatId, Keys.attachmentObject(hash),
                AttachmentPolicy.filename(file.filename(), FileTypes.normalise(file.contentType())),
                FileTypes.normalise(file.contentType()),
                file.content().length, expiresAt);
        attachments.get().save(attachment, file.content());
        return attachment.ref();
    }

    private DeviceState countRead(String deviceId, String region, RegionSettings settings) {
        StateOutcome outcome = states.apply(new StateUpdate(deviceId, region, RateCounter.READ, config.readLimit(),
                config.windowSeconds(), new ChatChange.None(), null, null, settings.retentionSeconds()));
        if (outcome instanceof StateOutcome.Limited limited) {
            throw ApiError.tooManyRequests(limited.retryAfterSeconds());
        }
        return ((StateOutcome.Updated) outcome).state();
    }

    private ChatView view(String deviceId, String region, DeviceState state, RegionSettings settings) {
        long now = clock.millis() / 1000;
        return ChatView.of(messages.latest(deviceId, region, state.chatId(), now, APP_MAX_MESSAGES, APP_MAX_CHARS),
                state, now, settings.helpdeskUrl());
    }

    private static ApiError attachmentNotFound() {
        return ApiError.notFound("Attachment not found.");
    }
}
