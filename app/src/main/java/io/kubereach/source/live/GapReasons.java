package io.kubereach.source.live;

import io.kubereach.text.Message;
import io.kubereach.text.MessageText;
import java.util.Map;

/**
 * The short reasons a gap records for an HTTP status ({@code forbidden (403)}): kept as English
 * words in the snapshot and on the command line, and read back as messages for the UI's language.
 */
public final class GapReasons {

    private static final Map<Integer, String> KEYS = Map.of(
            401, "gap.reason.unauthorized",
            403, "gap.reason.forbidden",
            404, "gap.reason.notServed",
            410, "gap.reason.expired");

    private GapReasons() {
    }

    /** The reason for a status as a message. */
    static Message of(int status) {
        String key = KEYS.get(status);
        return key == null ? Message.of("gap.reason.http", String.valueOf(status)) : Message.of(key);
    }

    /** A message in English, the words a gap records. */
    static String english(Message reason) {
        return MessageText.english(reason);
    }

    /**
     * A reason as a gap recorded it, as a message: one of the reasons for a status when it is
     * one, else the words as they are (a reason from elsewhere, e.g. an older snapshot).
     */
    public static Message of(String recorded) {
        for (int status : KEYS.keySet()) {
            if (english(of(status)).equals(recorded)) {
                return of(status);
            }
        }
        if (recorded.matches("HTTP \\d{1,3}")) {
            return of(Integer.parseInt(recorded.substring(5)));
        }
        return Message.verbatim(recorded);
    }
}
