package de.integreat.chat.attachments;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.regex.Pattern;

/** Public attachment ids: 64 lowercase hex characters from a secure random source. */
public final class AttachmentHash {

    private static final Pattern FORMAT = Pattern.compile("[0-9a-f]{64}");

    private AttachmentHash() {
    }

    /** A new hash, drawn per call (never at class initialisation: SnapStart would repeat it). */
    public static String generate() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    public static boolean isWellFormed(String hash) {
        return hash != null && FORMAT.matcher(hash).matches();
    }
}
