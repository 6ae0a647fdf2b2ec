package io.kubereach.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("pieces parsed ahead on other cores are handed out in input order, each once, whoever parsed them")
class PiecesAheadTest {

    private static List<ManifestWalk.Piece> pods(int count) {
        return IntStream.range(0, count).<ManifestWalk.Piece>mapToObj(i -> new ManifestWalk.TextPiece("piece-" + i,
                "apiVersion: v1\nkind: Pod\nmetadata: {name: p" + i + ", namespace: ns}\n---\n"
                        + "apiVersion: v1\nkind: Pod\nmetadata: {name: q" + i + ", namespace: ns}\n")).toList();
    }

    @Test
    @DisplayName("every piece comes out once, in order, with its own objects parsed")
    void inOrderEachOnce() {
        List<String> seen = new ArrayList<>();
        try (PiecesAhead pieces = new PiecesAhead(pods(3 * PiecesAhead.AHEAD + 7), Optional.empty(), ParseAheadGate.alwaysOpen())) {
            while (pieces.hasNext()) {
                ParsedPiece piece = pieces.next();
                assertThat(piece.failure()).isEmpty();
                piece.items().forEach(item -> seen.add(piece.label() + ":" + item.raw().metadata("name")));
            }
        }
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 3 * PiecesAhead.AHEAD + 7; i++) {
            expected.add("piece-" + i + ":p" + i);
            expected.add("piece-" + i + ":q" + i);
        }
        assertThat(seen).isEqualTo(expected);
    }

    @Test
    @DisplayName("a piece that cannot be read comes out in its place, with why, and the pieces after it still come out")
    void brokenPieceInItsPlace() {
        List<ManifestWalk.Piece> input = new ArrayList<>(pods(5));
        input.add(2, new ManifestWalk.TextPiece("broken", "a: [1\n"));
        List<String> labels = new ArrayList<>();
        try (PiecesAhead pieces = new PiecesAhead(input, Optional.empty(), ParseAheadGate.alwaysOpen())) {
            while (pieces.hasNext()) {
                ParsedPiece piece = pieces.next();
                labels.add(piece.label() + (piece.failure().isPresent() ? " failed" : ""));
            }
        }
        assertThat(labels).containsExactly("piece-0", "piece-1", "broken failed", "piece-2", "piece-3", "piece-4");
    }

    @Test
    @DisplayName("while the gate is closed no piece is given to another core, yet every piece comes out in order; once it opens the pieces ahead go to the other cores again")
    void closedGateParsesOnTheTakingThread() {
        ParseAheadGate gate = new ParseAheadGate();
        gate.close(Duration.ofHours(1));
        int count = 3 * PiecesAhead.AHEAD + 7;
        List<String> labels = new ArrayList<>();
        try (PiecesAhead pieces = new PiecesAhead(pods(count), Optional.empty(), gate)) {
            for (int i = 0; i < count / 2; i++) {
                labels.add(pieces.next().label());
            }
            assertThat(pieces.sentToOtherCores()).isZero();
            gate.open();
            while (pieces.hasNext()) {
                labels.add(pieces.next().label());
            }
            assertThat(pieces.sentToOtherCores()).isPositive();
        }
        assertThat(labels).isEqualTo(IntStream.range(0, count).mapToObj(i -> "piece-" + i).toList());
    }

    @Test
    @DisplayName("pieces given to other cores before the gate closed still come out, in their place")
    void piecesAlreadyAheadWhenTheGateCloses() {
        ParseAheadGate gate = new ParseAheadGate();
        int count = 2 * PiecesAhead.AHEAD + 3;
        List<String> labels = new ArrayList<>();
        try (PiecesAhead pieces = new PiecesAhead(pods(count), Optional.empty(), gate)) {
            labels.add(pieces.next().label());
            int ahead = pieces.sentToOtherCores();
            gate.close(Duration.ofHours(1));
            while (pieces.hasNext()) {
                labels.add(pieces.next().label());
            }
            assertThat(pieces.sentToOtherCores()).isEqualTo(ahead);
        }
        assertThat(labels).isEqualTo(IntStream.range(0, count).mapToObj(i -> "piece-" + i).toList());
    }
}
