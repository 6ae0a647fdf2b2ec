package io.kubereach.source.live;

import io.fabric8.kubernetes.client.http.AsyncBody;
import io.fabric8.kubernetes.client.http.HttpRequest;
import io.fabric8.kubernetes.client.http.Interceptor;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.List;

/**
 * Cuts off an answer of the API server that grows past {@link LoadLimits#maxResponseBytes()}, as
 * its bytes arrive: a body that never ends (or is simply too big) fails its request instead of
 * filling the memory. Watches, whose stream is meant to go on, are not counted.
 */
final class ResponseLimit implements Interceptor {

    /** The name the interceptor is registered under. */
    static final String NAME = "kubereach-response-limit";

    private final long maxBytes;
    /**
     * Whether an answer was cut off. Cutting resets the stream, and the request may fail with
     * that reset rather than with {@link TooLarge}; this tells the two apart.
     */
    private volatile boolean cutOff;

    ResponseLimit(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /** The limit, in bytes. */
    long maxBytes() {
        return maxBytes;
    }

    /** Whether an answer of this connection was cut off at the limit. */
    boolean cutOff() {
        return cutOff;
    }

    /** An answer that grew past the limit. */
    static final class TooLarge extends IOException {
        private static final long serialVersionUID = 1L;

        private final long limit;

        TooLarge(long limit) {
            super("the answer is larger than " + limit + " bytes");
            this.limit = limit;
        }

        /** The limit passed, in bytes. */
        long limit() {
            return limit;
        }
    }

    @Override
    public AsyncBody.Consumer<List<ByteBuffer>> consumer(AsyncBody.Consumer<List<ByteBuffer>> consumer, HttpRequest request) {
        String query = request.uri() == null ? null : request.uri().getRawQuery();
        if (query != null && query.contains("watch=true")) {
            return consumer;
        }
        long[] received = {0};
        return new AsyncBody.Consumer<>() {
            @Override
            public void consume(List<ByteBuffer> buffers, AsyncBody body) throws Exception {
                for (ByteBuffer buffer : buffers) {
                    received[0] += buffer.remaining();
                }
                if (received[0] > maxBytes) {
                    cutOff = true;
                    throw new TooLarge(maxBytes);
                }
                consumer.consume(buffers, body);
            }

            @Override
            public <U> U unwrap(Class<U> target) {
                return consumer.unwrap(target);
            }
        };
    }
}
