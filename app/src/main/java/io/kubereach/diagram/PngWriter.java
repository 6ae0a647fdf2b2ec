package io.kubereach.diagram;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

/**
 * Writes an RGB image as a PNG quickly: every row with the "Sub" filter (which suits flat
 * colours) and the fastest deflate level. The JDK's writer tries every filter on every row,
 * which takes several seconds for the 100-megapixel pictures of large clusters.
 */
final class PngWriter {

    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte FILTER_SUB = 1;

    private PngWriter() {
    }

    /** Writes a {@link BufferedImage#TYPE_INT_RGB} image to a stream (which stays open). */
    static void write(BufferedImage image, OutputStream out) throws IOException {
        if (image.getType() != BufferedImage.TYPE_INT_RGB) {
            throw new IllegalArgumentException("expected an INT_RGB image, got type " + image.getType());
        }
        int width = image.getWidth();
        int height = image.getHeight();
        int[] pixels = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        {
            out.write(SIGNATURE);
            ByteArrayOutputStream header = new ByteArrayOutputStream();
            DataOutputStream h = new DataOutputStream(header);
            h.writeInt(width);
            h.writeInt(height);
            h.writeByte(8); // bits per sample
            h.writeByte(2); // truecolour RGB
            h.writeByte(0); // deflate
            h.writeByte(0); // adaptive filtering (per-row filter byte)
            h.writeByte(0); // no interlace
            chunk(out, "IHDR", header.toByteArray(), header.size());
            ChunkStream idat = new ChunkStream(out);
            Deflater deflater = new Deflater(Deflater.BEST_SPEED);
            try (DeflaterOutputStream z = new DeflaterOutputStream(idat, deflater, 1 << 16)) {
                byte[] row = new byte[1 + width * 3];
                row[0] = FILTER_SUB;
                for (int y = 0; y < height; y++) {
                    int prevR = 0;
                    int prevG = 0;
                    int prevB = 0;
                    int base = y * width;
                    for (int x = 0, i = 1; x < width; x++, i += 3) {
                        int p = pixels[base + x];
                        int r = (p >> 16) & 0xFF;
                        int g = (p >> 8) & 0xFF;
                        int b = p & 0xFF;
                        row[i] = (byte) (r - prevR);
                        row[i + 1] = (byte) (g - prevG);
                        row[i + 2] = (byte) (b - prevB);
                        prevR = r;
                        prevG = g;
                        prevB = b;
                    }
                    z.write(row);
                }
            } finally {
                deflater.end();
            }
            chunk(out, "IEND", new byte[0], 0);
        }
    }

    private static void chunk(OutputStream out, String type, byte[] data, int length) throws IOException {
        byte[] t = type.getBytes(StandardCharsets.US_ASCII);
        writeInt(out, length);
        out.write(t);
        out.write(data, 0, length);
        CRC32 crc = new CRC32();
        crc.update(t);
        crc.update(data, 0, length);
        writeInt(out, (int) crc.getValue());
    }

    private static void writeInt(OutputStream out, int v) throws IOException {
        out.write(v >>> 24);
        out.write(v >>> 16);
        out.write(v >>> 8);
        out.write(v);
    }

    /** Cuts what is written into IDAT chunks of up to 1 MiB. */
    private static final class ChunkStream extends OutputStream {
        private final OutputStream out;
        private final byte[] buffer = new byte[1 << 20];
        private int size;

        ChunkStream(OutputStream out) {
            this.out = out;
        }

        @Override
        public void write(int b) throws IOException {
            if (size == buffer.length) {
                flushChunk();
            }
            buffer[size++] = (byte) b;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            while (len > 0) {
                if (size == buffer.length) {
                    flushChunk();
                }
                int n = Math.min(len, buffer.length - size);
                System.arraycopy(b, off, buffer, size, n);
                size += n;
                off += n;
                len -= n;
            }
        }

        @Override
        public void close() throws IOException {
            if (size > 0) {
                flushChunk();
            }
        }

        private void flushChunk() throws IOException {
            chunk(out, "IDAT", buffer, size);
            size = 0;
        }
    }
}
