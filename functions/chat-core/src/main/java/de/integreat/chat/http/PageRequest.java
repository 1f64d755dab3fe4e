package de.integreat.chat.http;

/**
 * The paging parameters of a CMS list route: {@code limit} (1–100, default 50) and the opaque
 * {@code cursor} of the previous page (null for the first page).
 */
public record PageRequest(int limit, String cursor) {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 100;

    /** Reads {@code limit} and {@code cursor} from the query string; 400 for a bad limit. */
    public static PageRequest from(HttpRequest request) {
        String limit = request.query("limit");
        String cursor = request.query("cursor");
        return new PageRequest(limit == null || limit.isEmpty() ? DEFAULT_LIMIT : parse(limit),
                cursor == null || cursor.isEmpty() ? null : cursor);
    }

    private static int parse(String limit) {
        try {
            int value = Integer.parseInt(limit.strip());
            if (value >= 1 && value <= MAX_LIMIT) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw ApiError.badRequest("Parameter 'limit' must be a whole number from 1 to " + MAX_LIMIT + ".");
    }
}
