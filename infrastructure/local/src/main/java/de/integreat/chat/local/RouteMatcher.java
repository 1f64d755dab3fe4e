package de.integreat.chat.local;

import de.integreat.chat.emulators.SamTemplate;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Matches raw request paths against one template route such as {@code /api/v3/{region}/...}. */
final class RouteMatcher {

    private static final Pattern PARAMETER = Pattern.compile("\\{([^}/]+)}");

    private final SamTemplate.RouteSpec spec;
    private final Pattern pattern;
    private final List<String> names = new ArrayList<>();

    RouteMatcher(SamTemplate.RouteSpec spec) {
        this.spec = spec;
        StringBuilder regex = new StringBuilder();
        Matcher m = PARAMETER.matcher(spec.path());
        int last = 0;
        while (m.find()) {
            regex.append(Pattern.quote(spec.path().substring(last, m.start()))).append("([^/]+)");
            names.add(m.group(1));
            last = m.end();
        }
        regex.append(Pattern.quote(spec.path().substring(last)));
        this.pattern = Pattern.compile(regex.toString());
    }

    SamTemplate.RouteSpec spec() {
        return spec;
    }

    boolean matches(String method, String rawPath) {
        return spec.method().equalsIgnoreCase(method) && pattern.matcher(rawPath).matches();
    }

    /** The decoded path parameters of a matching path. */
    Map<String, String> parameters(String rawPath) {
        Matcher m = pattern.matcher(rawPath);
        Map<String, String> values = new LinkedHashMap<>();
        if (m.matches()) {
            for (int i = 0; i < names.size(); i++) {
                values.put(names.get(i), decode(m.group(i + 1)));
            }
        }
        return values;
    }

    /** Percent-decodes a path segment ({@code +} stays a plus); a malformed escape is passed on as it is. */
    private static String decode(String segment) {
        try {
            return URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return segment;
        }
    }
}
