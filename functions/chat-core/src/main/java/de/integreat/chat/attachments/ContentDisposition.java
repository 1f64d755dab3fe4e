package de.integreat.chat.attachments;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** {@code Content-Disposition: attachment} with an ASCII fallback and an RFC 5987 UTF-8 file name. */
public final class ContentDisposition {

    private ContentDisposition() {
    }

    /** E.g. {@code attachment; filename="_rztliche.pdf"; filename*=UTF-8''%C3%84rztliche.pdf}. */
    public static String attachment(String filename) {
        StringBuilder ascii = new StringBuilder();
        for (char c : filename.toCharArray()) {
            ascii.append(c >= 0x20 && c < 0x7f && c != '"' && c != '\\' ? c : '_');
        }
        String encoded = URLEncoder.encode(filename, StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }
}
