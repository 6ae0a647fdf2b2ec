package io.kubereach.source;

import io.kubereach.text.Message;
import io.kubereach.model.CalicoAction;
import io.kubereach.model.CalicoEntityRule;
import io.kubereach.model.CalicoProtocol;
import io.kubereach.model.CalicoRule;
import io.kubereach.model.Cidr;
import io.kubereach.model.PortSpec;
import io.kubereach.model.ServiceAccountMatch;
import io.kubereach.model.ServiceMatch;
import io.kubereach.model.selector.CalicoSelector;
import io.kubereach.model.selector.CalicoSelectorException;
import io.kubereach.model.selector.CalicoSelectorParser;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one Calico rule and its {@code source}/{@code destination}, refusing what Calico's
 * validation refuses ({@code libcalico-go/lib/validator/v3/validator.go} {@code validateRule},
 * {@code validateEntityRule}, {@code validatePort}; the CEL rules of {@code policy_common.go}).
 */
final class CalicoRuleConverter {

    private static final Pattern RANGE = Pattern.compile("^(\\d+):(\\d+)$");
    private static final Pattern PORT_NAME = Pattern.compile("^[a-zA-Z0-9_.-]{1,128}$");
    private static final int MAX_PORT = 65535;

    private CalicoRuleConverter() {
    }

    static CalicoRule convert(SpecFields rule) throws ManifestException {
        String actionText = rule.text("action").orElseThrow(() -> rule.origin().error("sourceError.required", rule.at("action")));
        CalicoAction action = CalicoAction.parse(actionText)
                .orElseThrow(() -> rule.origin().error("cniError.calicoAction", rule.at("action"), actionText));
        Optional<CalicoProtocol> protocol = protocol(rule, "protocol");
        Optional<CalicoProtocol> notProtocol = protocol(rule, "notProtocol");
        OptionalInt ipVersion = OptionalInt.empty();
        Optional<String> version = rule.scalar("ipVersion");
        if (version.isPresent()) {
            if (!version.get().equals("4") && !version.get().equals("6")) {
                throw rule.origin().error("cniError.calicoIpVersion", rule.at("ipVersion"), version.get());
            }
            ipVersion = OptionalInt.of(Integer.parseInt(version.get()));
        }
        CalicoEntityRule source = entity(rule.optionalMap("source"));
        CalicoEntityRule destination = entity(rule.optionalMap("destination"));
        for (CalicoEntityRule entity : List.of(source, destination)) {
            checkPorts(rule, protocol, entity);
        }
        checkFamilies(rule, ipVersion, source, destination);
        boolean http = rule.has("http");
        if (http && action != CalicoAction.ALLOW) {
            throw rule.origin().error("cniError.calicoHttpNotAllow", rule.at("http"));
        }
        boolean icmp = rule.has("icmp") || rule.has("notICMP");
        return new CalicoRule(action, protocol, notProtocol, ipVersion, icmp, source, destination, http);
    }

    private static Optional<CalicoProtocol> protocol(SpecFields rule, String field) throws ManifestException {
        Optional<String> text = rule.scalar(field);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(CalicoProtocol.parse(text.get())
                .orElseThrow(() -> rule.origin().error("cniError.calicoProtocol", rule.at(field), text.get())));
    }

    /** Numeric ports need a protocol with ports; a protocol without ports takes no ports at all. */
    private static void checkPorts(SpecFields rule, Optional<CalicoProtocol> protocol, CalicoEntityRule entity)
            throws ManifestException {
        List<PortSpec> all = new ArrayList<>(entity.ports());
        all.addAll(entity.notPorts());
        if (protocol.isEmpty() && all.stream().anyMatch(p -> p instanceof PortSpec.Range)) {
            throw rule.origin().error("cniError.calicoPortsNeedProtocol", rule.where());
        }
        if (protocol.isPresent() && !protocol.get().hasPorts() && !all.isEmpty()) {
            throw rule.origin().error("cniError.calicoProtocolHasNoPorts", rule.where(), protocol.get().toString());
        }
    }

    /** One rule uses one address family: IPv4 and IPv6 blocks are not mixed, and they agree with ipVersion. */
    private static void checkFamilies(SpecFields rule, OptionalInt ipVersion, CalicoEntityRule source, CalicoEntityRule destination)
            throws ManifestException {
        List<Cidr> blocks = new ArrayList<>();
        for (CalicoEntityRule e : List.of(source, destination)) {
            blocks.addAll(e.nets());
            blocks.addAll(e.notNets());
        }
        boolean v4 = blocks.stream().anyMatch(b -> !b.v6());
        boolean v6 = blocks.stream().anyMatch(Cidr::v6);
        if (v4 && v6 || ipVersion.isPresent() && (ipVersion.getAsInt() == 4 ? v6 : v4)) {
            throw rule.origin().error("cniError.calicoMixedFamilies", rule.where());
        }
    }

    private static CalicoEntityRule entity(Optional<SpecFields> fields) throws ManifestException {
        if (fields.isEmpty()) {
            return CalicoEntityRule.ANY;
        }
        SpecFields e = fields.get();
        Optional<CalicoSelector> namespaceSelector = selector(e, "namespaceSelector");
        if (namespaceSelector.isPresent() && containsGlobal(namespaceSelector.get())
                && !(namespaceSelector.get() instanceof CalicoSelector.Global)) {
            throw e.origin().error("cniError.calicoGlobalAlone", e.at("namespaceSelector"));
        }
        if (selector(e, "selector").map(CalicoRuleConverter::containsGlobal).orElse(false)) {
            throw e.origin().error("cniError.calicoGlobalPlace", e.at("selector"));
        }
        Optional<ServiceAccountMatch> serviceAccounts = Optional.empty();
        Optional<SpecFields> accounts = e.optionalMap("serviceAccounts");
        if (accounts.isPresent()) {
            serviceAccounts = Optional.of(new ServiceAccountMatch(new HashSet<>(accounts.get().texts("names")),
                    selector(accounts.get(), "selector")));
        }
        Optional<ServiceMatch> services = Optional.empty();
        Optional<SpecFields> service = e.optionalMap("services");
        if (service.isPresent()) {
            String name = service.get().text("name").filter(n -> !n.isBlank())
                    .orElseThrow(() -> e.origin().error("sourceError.required", service.get().at("name")));
            services = Optional.of(new ServiceMatch(name, service.get().text("namespace").filter(n -> !n.isBlank())));
        }
        List<Cidr> notNets = e.blocks("notNets");
        for (Cidr block : notNets) {
            if (block.prefix() == 0) {
                throw e.origin().error("cniError.calicoNotNetsAll", e.at("notNets"), block.toString());
            }
        }
        return new CalicoEntityRule(selector(e, "selector"), selector(e, "notSelector"), namespaceSelector, serviceAccounts,
                services, e.blocks("nets"), notNets, ports(e, "ports"), ports(e, "notPorts"));
    }

    /** A selector field, parsed; a selector Calico cannot parse is refused with its column. */
    static Optional<CalicoSelector> selector(SpecFields fields, String field) throws ManifestException {
        Optional<String> text = fields.text(field);
        if (text.isEmpty() || text.get().isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(CalicoSelectorParser.parse(text.get()));
        } catch (CalicoSelectorException ex) {
            throw fields.origin().error("cniError.calicoSelector", fields.at(field), text.get(), ex.explanation());
        }
    }

    static boolean containsGlobal(CalicoSelector selector) {
        if (selector instanceof CalicoSelector.Global) {
            return true;
        }
        if (selector instanceof CalicoSelector.Not not) {
            return containsGlobal(not.operand());
        }
        if (selector instanceof CalicoSelector.And and) {
            return and.operands().stream().anyMatch(CalicoRuleConverter::containsGlobal);
        }
        if (selector instanceof CalicoSelector.Or or) {
            return or.operands().stream().anyMatch(CalicoRuleConverter::containsGlobal);
        }
        return false;
    }

    /** {@code ports}/{@code notPorts}: numbers, {@code "start:end"} ranges and names. */
    private static List<PortSpec> ports(SpecFields e, String field) throws ManifestException {
        List<PortSpec> ports = new ArrayList<>();
        List<String> texts = e.texts(field);
        for (int i = 0; i < texts.size(); i++) {
            ports.add(port(texts.get(i).trim(), e, e.item(field, i)));
        }
        return ports;
    }

    private static PortSpec port(String text, SpecFields e, Message where) throws ManifestException {
        if (text.matches("\\d+")) {
            int port = bounded(text, e, where);
            return new PortSpec.Range(port, port);
        }
        Matcher range = RANGE.matcher(text);
        if (range.matches()) {
            int first = bounded(range.group(1), e, where);
            int last = bounded(range.group(2), e, where);
            if (last < first) {
                throw e.origin().error("sourceError.endPortBelow", where, String.valueOf(last), String.valueOf(first));
            }
            return new PortSpec.Range(first, last);
        }
        if (!PORT_NAME.matcher(text).matches()) {
            throw e.origin().error("cniError.calicoPort", where, text);
        }
        return new PortSpec.Named(text);
    }

    private static int bounded(String digits, SpecFields e, Message where) throws ManifestException {
        int port = digits.length() > 5 ? Integer.MAX_VALUE : Integer.parseInt(digits);
        if (port < 1 || port > MAX_PORT) {
            throw e.origin().error("sourceError.portRange", where, digits);
        }
        return port;
    }
}
