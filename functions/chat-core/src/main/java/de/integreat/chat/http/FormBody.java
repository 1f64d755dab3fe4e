package de.integreat.chat.http;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.fileupload2.core.AbstractFileUpload;
import org.apache.commons.fileupload2.core.DiskFileItem;
import org.apache.commons.fileupload2.core.DiskFileItemFactory;
import org.apache.commons.fileupload2.core.FileItemInput;
import org.apache.commons.fileupload2.core.FileItemInputIterator;
import org.apache.commons.fileupload2.core.RequestContext;

/**
 * The fields and files of a form-like body: {@code multipart/form-data} (what the app's FormData sends),
 * {@code application/x-www-form-urlencoded} or a flat {@code application/json} object.
 *
 * @param fields text fields; for repeated names the first value wins
 */
public record FormBody(Map<String, String> fields, List<Upload> files) {

    /** Parses the request body by its content type; 415 for other types, 400 for malformed bodies. */
    public static FormBody parse(HttpRequest request) {
        String mediaType = request.mediaType();
        if (request.body().length == 0 && mediaType.isEmpty()) {
            return new FormBody(Map.of(), List.of());
        }
        return switch (mediaType) {
            case "multipart/form-data" -> multipart(request);
            case "application/x-www-form-urlencoded" -> urlEncoded(request.bodyText());
            case "application/json" -> json(request.body());
            default -> throw new ApiError(415, "Unsupported content type. Use multipart/form-data, "
                    + "application/x-www-form-urlencoded or application/json.");
        };
    }

    private static FormBody urlEncoded(String body) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String pair : body.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            try {
                String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                fields.putIfAbsent(name, value);
            } catch (IllegalArgumentException e) {
                throw ApiError.badRequest("The form body is malformed.");
            }
        }
        return new FormBody(fields, List.of());
    }

    private static FormBody json(byte[] body) {
        Map<String, String> fields = new LinkedHashMap<>();
        Json.readObject(body).forEach((name, value) -> {
            if (value instanceof String || value instanceof Boolean || Json.isIntegral(value)) {
                fields.put(name, value.toString());
            } else if (value != null) {
                throw ApiError.badRequest("Field '" + name + "' must be a string or a boolean.");
            }
        });
        return new FormBody(fields, List.of());
    }

    private static FormBody multipart(HttpRequest request) {
        Map<String, String> fields = new LinkedHashMap<>();
        List<Upload> files = new ArrayList<>();
        try {
            FileItemInputIterator items = new MultipartParser().getItemIterator(request);
            while (items.hasNext()) {
                FileItemInput item = items.next();
                byte[] content;
                try (InputStream in = item.getInputStream()) {
                    content = in.readAllBytes();
                }
                if (item.isFormField()) {
                    fields.putIfAbsent(item.getFieldName(), new String(content, StandardCharsets.UTF_8));
                } else if (item.getName() != null && !(item.getName().isEmpty() && content.length == 0)) {
                    files.add(new Upload(item.getFieldName(), item.getName(), item.getContentType(), content));
                }
            }
        } catch (IOException | IllegalStateException e) {
            throw ApiError.badRequest("The multipart body is malformed.");
        }
        return new FormBody(fields, files);
    }

    /** Commons FileUpload over an in-memory body; UTF-8 part headers, as browsers send file names. */
    private static final class MultipartParser extends AbstractFileUpload<HttpRequest, DiskFileItem, DiskFileItemFactory> {

        MultipartParser() {
            setHeaderCharset(StandardCharsets.UTF_8);
        }

        @Override
        public FileItemInputIterator getItemIterator(HttpRequest request) throws IOException {
            return getItemIterator(context(request));
        }

        @Override
        public Map<String, List<DiskFileItem>> parseParameterMap(HttpRequest request) throws org.apache.commons.fileupload2.core.FileUploadException {
            return parseParameterMap(context(request));
        }

        @Override
        public List<DiskFileItem> parseRequest(HttpRequest request) throws org.apache.commons.fileupload2.core.FileUploadException {
            return parseRequest(context(request));
        }

        private static RequestContext context(HttpRequest request) {
            return new RequestContext() {
                @Override
                public String getCharacterEncoding() {
                    return StandardCharsets.UTF_8.name();
                }

                @Override
                public long getContentLength() {
                    return request.body().length;
                }

                @Override
                public String getContentType() {
                    return request.header("content-type");
                }

                @Override
                public InputStream getInputStream() {
                    return new ByteArrayInputStream(request.body());
                }

                @Override
                public boolean isMultipartRelated() {
                    return false;
                }
            };
        }
    }
}
