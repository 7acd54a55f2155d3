import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.GeneralPath;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/**
 * Draws Shoetopia's icon and writes it in the three forms jpackage wants: PNG (Linux), ICO
 * (Windows) and ICNS (macOS), the last two wrapping PNG data. Run from the project root:
 * {@code java installer/IconMaker.java installer}
 */
public class IconMaker {
    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args.length > 0 ? args[0] : "installer");
        byte[] png256 = png(draw(256));
        Files.write(folder.resolve("linux/shoetopia.png"), png256);
        Files.write(folder.resolve("windows/shoetopia.ico"), ico(png256));
        Files.write(folder.resolve("macos/shoetopia.icns"), icns(png(draw(512)), png256));
    }

    static BufferedImage draw(int size) {
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.scale(size / 256.0, size / 256.0);
        g.setPaint(new GradientPaint(0, 0, new Color(0x0E7C86), 256, 256, new Color(0x124E66)));
        g.fill(new RoundRectangle2D.Double(8, 8, 240, 240, 56, 56));
        GeneralPath shoe = new GeneralPath();
        shoe.moveTo(40, 170);
        shoe.lineTo(40, 92);
        shoe.curveTo(40, 84, 48, 80, 56, 84);
        shoe.curveTo(76, 96, 96, 98, 110, 92);
        shoe.lineTo(128, 118);
        shoe.curveTo(150, 132, 190, 134, 208, 148);
        shoe.curveTo(220, 156, 220, 170, 210, 172);
        shoe.closePath();
        g.setColor(Color.WHITE);
        g.fill(shoe);
        g.setColor(new Color(0x124E66));
        g.setStroke(new BasicStroke(6, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        for (int i = 0; i < 3; i++) {
            g.drawLine(112 + i * 16, 110 + i * 8, 124 + i * 16, 100 + i * 8);
        }
        g.setColor(new Color(0xF2B134));
        g.fillRoundRect(36, 172, 184, 18, 12, 12);
        g.dispose();
        return image;
    }

    static byte[] png(BufferedImage image) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    /** An ICO with one 256×256 PNG entry (Windows Vista and later read PNG entries). */
    static byte[] ico(byte[] png) {
        ByteBuffer buffer = ByteBuffer.allocate(6 + 16 + png.length).order(ByteOrder.LITTLE_ENDIAN);
        buffer.putShort((short) 0).putShort((short) 1).putShort((short) 1);
        buffer.put((byte) 0).put((byte) 0).put((byte) 0).put((byte) 0); // 0 means 256 wide and high
        buffer.putShort((short) 1).putShort((short) 32).putInt(png.length).putInt(6 + 16);
        buffer.put(png);
        return buffer.array();
    }

    /** An ICNS with 512×512 (ic09) and 256×256 (ic08) PNG entries. */
    static byte[] icns(byte[] png512, byte[] png256) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DataOutputStream data = new DataOutputStream(out);
        data.writeBytes("icns");
        data.writeInt(8 + 8 + png512.length + 8 + png256.length);
        data.writeBytes("ic09");
        data.writeInt(8 + png512.length);
        data.write(png512);
        data.writeBytes("ic08");
        data.writeInt(8 + png256.length);
        data.write(png256);
        return out.toByteArray();
    }
}
