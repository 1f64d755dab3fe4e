package de.integreat.chat.testing;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** Small files with real signatures, for attachment tests. */
public final class TestFiles {

    private TestFiles() {
    }

    /** A minimal PDF of about {@code size} bytes whose content depends on {@code seed}. */
    public static byte[] pdf(int size, String seed) {
        byte[] header = ("%PDF-1.4\n% " + seed + "\n").getBytes(StandardCharsets.UTF_8);
        byte[] bytes = Arrays.copyOf(header, Math.max(size, header.length));
        for (int i = header.length; i < bytes.length; i++) {
            bytes[i] = (byte) (i * 31 + seed.hashCode());
        }
        return bytes;
    }
}
