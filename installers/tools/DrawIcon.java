import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.File;
import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import javax.imageio.ImageIO;

/**
 * Draws the KubeReach icon (a network of pods, one path allowed in green, one blocked in red) and
 * writes it as PNG (Linux), ICO (Windows) and ICNS (macOS) into the folder given as argument.
 * Run once with {@code java installers/tools/DrawIcon.java resources/icons}; the outputs are committed.
 */
public class DrawIcon {

    public static void main(String[] args) throws IOException {
        File out = new File(args.length > 0 ? args[0] : ".");
        out.mkdirs();
        ImageIO.write(draw(256), "png", new File(out, "kubereach.png"));
        ImageIO.write(draw(512), "png", new File(out, "kubereach-512.png"));
        writeIco(new File(out, "kubereach.ico"), png(draw(256)));
        writeIcns(new File(out, "kubereach.icns"), png(draw(256)), png(draw(512)));
    }

    static BufferedImage draw(int size) {
        BufferedImage img = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.scale(size / 256.0, size / 256.0);
        g.setColor(new Color(0x326CE5));
        g.fill(new RoundRectangle2D.Double(8, 8, 240, 240, 56, 56));
        double[][] pods = {{66, 76}, {190, 76}, {128, 186}};
        g.setStroke(new BasicStroke(14, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.setColor(new Color(0x2EB872));
        g.draw(new Line2D.Double(pods[0][0], pods[0][1], pods[1][0], pods[1][1]));
        g.draw(new Line2D.Double(pods[1][0], pods[1][1], pods[2][0], pods[2][1]));
        // the blocked path: from the first pod toward the third, stopped halfway by a bar
        double midX = (pods[0][0] + pods[2][0]) / 2;
        double midY = (pods[0][1] + pods[2][1]) / 2;
        g.setColor(new Color(0xE5484D));
        g.draw(new Line2D.Double(pods[0][0], pods[0][1], midX, midY));
        double dx = pods[2][0] - pods[0][0];
        double dy = pods[2][1] - pods[0][1];
        double len = Math.hypot(dx, dy);
        double px = -dy / len * 26;
        double py = dx / len * 26;
        g.draw(new Line2D.Double(midX - px, midY - py, midX + px, midY + py));
        g.setColor(Color.WHITE);
        for (double[] p : pods) {
            g.fill(new Ellipse2D.Double(p[0] - 28, p[1] - 28, 56, 56));
        }
        g.setColor(new Color(0x326CE5));
        for (double[] p : pods) {
            g.fill(new Ellipse2D.Double(p[0] - 11, p[1] - 11, 22, 22));
        }
        g.dispose();
        return img;
    }

    static byte[] png(BufferedImage img) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageIO.write(img, "png", bytes);
        return bytes.toByteArray();
    }

    /** An ICO file with one 256×256 PNG entry (Windows Vista and later read PNG entries). */
    static void writeIco(File file, byte[] png) throws IOException {
        ByteBuffer header = ByteBuffer.allocate(6 + 16).order(ByteOrder.LITTLE_ENDIAN);
        header.putShort((short) 0).putShort((short) 1).putShort((short) 1);
        header.put((byte) 0).put((byte) 0).put((byte) 0).put((byte) 0);
        header.putShort((short) 1).putShort((short) 32).putInt(png.length).putInt(6 + 16);
        try (FileOutputStream out = new FileOutputStream(file)) {
            out.write(header.array());
            out.write(png);
        }
    }

    /** An ICNS file with 256×256 ('ic08') and 512×512 ('ic09') PNG entries. */
    static void writeIcns(File file, byte[] png256, byte[] png512) throws IOException {
        try (DataOutputStream out = new DataOutputStream(new FileOutputStream(file))) {
            out.writeBytes("icns");
            out.writeInt(8 + 8 + png256.length + 8 + png512.length);
            out.writeBytes("ic08");
            out.writeInt(8 + png256.length);
            out.write(png256);
            out.writeBytes("ic09");
            out.writeInt(8 + png512.length);
            out.write(png512);
        }
    }
}
