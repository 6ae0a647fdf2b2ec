package io.kubereach.describe;

import io.kubereach.model.CalicoEntityRule;
import io.kubereach.model.CalicoRule;
import io.kubereach.model.PortSpec;
import io.kubereach.text.Message;
import java.util.ArrayList;
import java.util.List;

/** A Calico rule in words: its action and every condition it sets, its source and destination told as Calico reads them. */
final class CalicoRuleText {

    private CalicoRuleText() {
    }

    /** A number as Calico writes an order: without a fraction when it has none. */
    static String number(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? String.valueOf((long) value) : String.valueOf(value);
    }

    /** "rule 2: Deny, protocol TCP, from endpoints matching role == "x", to ports 80". */
    static Message rule(int index, CalicoRule rule) {
        List<Message> conditions = new ArrayList<>();
        rule.protocol().ifPresent(p -> conditions.add(Message.of("describe.calico.protocol", p.toString())));
        rule.notProtocol().ifPresent(p -> conditions.add(Message.of("describe.calico.notProtocol", p.toString())));
        rule.ipVersion().ifPresent(v -> conditions.add(Message.of("describe.calico.ipVersion", String.valueOf(v))));
        entity(rule.source(), "describe.calico.from", conditions);
        entity(rule.destination(), "describe.calico.to", conditions);
        if (rule.http()) {
            conditions.add(Message.of("describe.calico.http"));
        }
        Message what = conditions.isEmpty() ? Message.of("describe.calico.everything") : Message.series(conditions);
        return Message.of("describe.calico.rule", String.valueOf(index + 1), Message.of(switch (rule.action()) {
            case ALLOW -> "describe.calico.action.Allow";
            case DENY -> "describe.calico.action.Deny";
            case PASS -> "describe.calico.action.Pass";
            case LOG -> "describe.calico.action.Log";
        }), what);
    }

    private static void entity(CalicoEntityRule entity, String key, List<Message> out) {
        List<Message> parts = new ArrayList<>();
        entity.selector().ifPresent(s -> parts.add(Message.of("describe.calico.selector", s.toString())));
        entity.namespaceSelector().ifPresent(s -> parts.add(Message.of("describe.calico.namespaceSelector", s.toString())));
        entity.notSelector().ifPresent(s -> parts.add(Message.of("describe.calico.notSelector", s.toString())));
        entity.serviceAccounts().ifPresent(a -> {
            if (!a.names().isEmpty()) {
                parts.add(Message.of("describe.calico.serviceAccountNames", Message.names(a.names().stream().sorted().toList())));
            }
            a.selector().ifPresent(s -> parts.add(Message.of("describe.calico.serviceAccountSelector", s.toString())));
        });
        entity.services().ifPresent(s -> parts.add(Message.of("describe.calico.service", s.namespace().map(n -> n + "/").orElse("") + s.name())));
        if (!entity.nets().isEmpty()) {
            parts.add(Message.of("describe.calico.nets", Message.names(entity.nets().stream().map(Object::toString).toList())));
        }
        if (!entity.notNets().isEmpty()) {
            parts.add(Message.of("describe.calico.notNets", Message.names(entity.notNets().stream().map(Object::toString).toList())));
        }
        if (!entity.ports().isEmpty()) {
            parts.add(Message.of("describe.calico.ports", Message.names(entity.ports().stream().map(CalicoRuleText::port).toList())));
        }
        if (!entity.notPorts().isEmpty()) {
            parts.add(Message.of("describe.calico.notPorts", Message.names(entity.notPorts().stream().map(CalicoRuleText::port).toList())));
        }
        if (!parts.isEmpty()) {
            out.add(Message.of(key, Message.series(parts)));
        }
    }

    private static String port(PortSpec port) {
        if (port instanceof PortSpec.Range r) {
            return r.from() == r.to() ? String.valueOf(r.from()) : r.from() + ":" + r.to();
        }
        return port instanceof PortSpec.Named n ? n.name() : "*";
    }
}
