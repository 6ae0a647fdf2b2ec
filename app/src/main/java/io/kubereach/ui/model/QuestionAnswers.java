package io.kubereach.ui.model;

import io.kubereach.describe.VerdictExplanation;
import io.kubereach.engine.Peer;
import io.kubereach.engine.Verdict;
import io.kubereach.graph.GraphEdge;
import io.kubereach.graph.GraphVertex;
import io.kubereach.graph.NetworkGraph;
import io.kubereach.graph.PairVerdict;
import io.kubereach.graph.TrafficPair;
import io.kubereach.model.ClusterSnapshot;
import io.kubereach.model.PortProtocol;
import io.kubereach.query.Hop;
import io.kubereach.query.QueryException;
import io.kubereach.query.ReachAnswer;
import io.kubereach.query.ReachQuestions;
import io.kubereach.query.Target;
import io.kubereach.query.TargetResolver;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Answers a {@link Question} of the question bar with the very call and words of
 * {@code can-reach --explain} ({@link ReachQuestions#ask} and {@link VerdictExplanation}), and
 * works out the path to highlight: the source's pods and workloads, the Service, its backends and
 * the destination, with the lines between them. Without a port, the pair's traffic details answer
 * for every port served. Runs off the JavaFX thread.
 */
final class QuestionAnswers {

    /** At most this many judged connections are shown with their trace; the outcome counts all. */
    static final int HOPS_SHOWN = 24;

    private final Analysis analysis;
    private final NetworkGraph graph;
    private final ClusterSnapshot snapshot;

    QuestionAnswers(Analysis analysis) {
        this.analysis = analysis;
        this.graph = analysis.graph();
        this.snapshot = analysis.snapshot();
    }

    /** The answer's details and the path that belongs with it. */
    DetailsBuilder.Selected answer(Question question, java.util.function.Function<TrafficPair, DetailsBuilder.Selected> pairDetails) {
        TargetResolver resolver = new TargetResolver(snapshot);
        Target from;
        Target to;
        try {
            from = resolver.resolve(question.from());
            to = resolver.resolve(question.to());
        } catch (QueryException e) {
            return problem(question, new Details.AnswerProblem("question.problem.unknown", Optional.of(e.reason())));
        }
        if (question.port().isEmpty()) {
            Optional<String> fromId = vertexOf(from);
            Optional<String> toId = vertexOf(to);
            if (fromId.isEmpty() || toId.isEmpty()) {
                return problem(question, new Details.AnswerProblem("question.problem.portNeeded", Optional.empty()));
            }
            return pairDetails.apply(new TrafficPair(fromId.get(), toId.get()));
        }
        PortProtocol port = question.port().get();
        ReachAnswer answer;
        try {
            answer = new ReachQuestions(snapshot, graph.engine()).ask(question.from(), question.to(), port);
        } catch (QueryException e) {
            return problem(question, new Details.AnswerProblem("question.problem.unknown", Optional.of(e.reason())));
        }
        VerdictExplanation words = new VerdictExplanation(snapshot);
        List<Details.AnswerHop> hops = new ArrayList<>();
        Set<String> related = new LinkedHashSet<>();
        Set<String> anchors = new LinkedHashSet<>();
        Set<String> behind = new LinkedHashSet<>();
        vertexOf(to).ifPresent(related::add);
        if (to instanceof Target.ServiceTarget s) {
            related.add("svc:" + s.service().namespace() + "/" + s.service().name());
        }
        for (Hop hop : answer.hops()) {
            hop.verdict().ifPresent(v -> path(v, related, anchors, behind));
            if (hops.size() < HOPS_SHOWN) {
                hops.add(hop(hop, words));
            }
        }
        addLines(related, anchors);
        Details.Answer details = new Details.Answer(question, Optional.of(answer.outcome()), hops, answer.hops().size() - hops.size(),
                answer.notes(), Optional.empty(), analysis.cni().enforcement(), pairOf(from, to, behind));
        return new DetailsBuilder.Selected(details, related, anchors);
    }

    private static DetailsBuilder.Selected problem(Question question, Details.AnswerProblem problem) {
        return new DetailsBuilder.Selected(new Details.Answer(question, Optional.empty(), List.of(), 0, List.of(), Optional.of(problem),
                io.kubereach.cni.PolicyEnforcement.ENFORCED, Optional.empty()), Set.of());
    }

    private static Details.AnswerHop hop(Hop hop, VerdictExplanation words) {
        if (hop.verdict().isEmpty()) {
            return new Details.AnswerHop(hop.via(), PairVerdict.BLOCKED, List.of(), hop.note());
        }
        Verdict v = hop.verdict().get();
        String path = hop.via().isEmpty() ? v.src() + " → " + v.dst() + " " + v.port() : hop.via();
        PairVerdict verdict = hop.unknown() ? PairVerdict.UNKNOWN : hop.allowed() ? PairVerdict.ALLOWED : PairVerdict.BLOCKED;
        return new Details.AnswerHop(path, verdict, words.messages(v), hop.note());
    }

    /**
     * The pair an answer is about: the vertex each end stands for; for a Service, the one workload
     * whose pods the judged connections reached ({@code behind}), if they were of one workload.
     */
    private Optional<TrafficPair> pairOf(Target from, Target to, Set<String> behind) {
        Optional<String> fromId = vertexOf(from);
        Optional<String> toId = to instanceof Target.ServiceTarget
                ? behind.stream().filter(id -> behind.size() == 1 && graph.vertex(id).isPresent()).findFirst() : vertexOf(to);
        return fromId.isPresent() && toId.isPresent() ? Optional.of(new TrafficPair(fromId.get(), toId.get())) : Optional.empty();
    }

    /**
     * The vertices of a judged connection's two pods (and their workloads); the source's are the
     * anchors, the destination's workload is {@code behind} the answer's end.
     */
    private void path(Verdict v, Set<String> related, Set<String> anchors, Set<String> behind) {
        for (Peer peer : List.of(v.src(), v.dst())) {
            if (peer instanceof Peer.PodPeer p) {
                String pod = GraphVertex.PodVertex.idOf(p.pod().ref());
                String workload = GraphVertex.WorkloadVertex.idOf(p.pod().owner());
                related.add(pod);
                related.add(workload);
                if (peer == v.src()) {
                    anchors.add(pod);
                    anchors.add(workload);
                } else {
                    behind.add(workload);
                }
            }
        }
    }

    /** The traffic and Service lines between the path's vertices. */
    private void addLines(Set<String> related, Set<String> anchors) {
        List<String> ends = List.copyOf(related);
        for (String a : anchors) {
            for (String b : ends) {
                if (!anchors.contains(b)) {
                    related.add(new TrafficPair(a, b).id());
                }
            }
        }
        for (String id : ends) {
            Optional<GraphVertex> service = graph.vertex(id).filter(GraphVertex.ServiceVertex.class::isInstance);
            if (service.isPresent()) {
                for (GraphEdge e : graph.graph().outgoingEdgesOf(service.get())) {
                    if (e instanceof GraphEdge.Backs && related.contains(e.targetId())) {
                        related.add(e.id());
                    }
                }
            }
        }
    }

    /** The vertex an end stands for, when it is one pod or the pods of one workload. */
    private Optional<String> vertexOf(Target target) {
        if (!(target instanceof Target.Pods pods)) {
            return Optional.empty();
        }
        if (pods.pods().size() == 1 && pods.text().endsWith("/" + pods.pods().get(0).name())) {
            String id = GraphVertex.PodVertex.idOf(pods.pods().get(0).ref());
            if (graph.vertex(id).isPresent()) {
                return Optional.of(id);
            }
        }
        String workload = GraphVertex.WorkloadVertex.idOf(pods.pods().get(0).owner());
        return graph.vertex(workload).isPresent() ? Optional.of(workload) : Optional.empty();
    }
}
