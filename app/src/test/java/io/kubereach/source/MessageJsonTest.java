package io.kubereach.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kubereach.text.Language;
import io.kubereach.text.Message;
import io.kubereach.text.MessageText;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("a warning kept in a snapshot file as JSON")
class MessageJsonTest {

    private static Message throughJson(Message m) {
        String json = ManifestSource.serialization().asJson(List.of(MessageJson.encode(m)));
        return MessageJson.decode(ManifestSource.serialization().unmarshal(json, List.class).get(0));
    }

    @Test
    @DisplayName("reads back as the same message: keys, nested keys, text, counts and lists")
    void roundTrip() {
        Message m = Message.of("gap.problem", Message.of("gap.listIn", "NetworkPolicies", "vault"), "forbidden (403)",
                Message.of("gap.consequence.networkPolicy"));
        assertThat(throughJson(m)).isEqualTo(m);
        Message list = Message.of("sim.note.policyDrops", new Message.Count(12), Message.names(List.of("a", "b")));
        assertThat(throughJson(list)).isEqualTo(list);
        assertThat(MessageText.in(Language.SIMPLIFIED_CHINESE).render(throughJson(m))).contains("vault", "无法");
    }

    @Test
    @DisplayName("anything else is refused rather than shown wrongly")
    void refusesOtherJson() {
        assertThatThrownBy(() -> MessageJson.decode(Map.of("what", "ever"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MessageJson.decode(true)).isInstanceOf(IllegalArgumentException.class);
    }
}
