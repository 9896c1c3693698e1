package nl.hgw.manifest;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Area;
import java.awt.geom.Ellipse2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/**
 * Draws the two icons of the Teams app: a ring (the HGW mirror, and the circle a teacher draws
 * around what she sees) around the letters HGW. No fonts, so every machine draws the same pixels.
 *
 * <p>The build runs it (exec-maven-plugin, phase {@code process-classes}):
 * {@code IconPainter <folder> <accent colour>} writes {@code color.png} (192 x 192, the letters on
 * the accent colour) and {@code outline.png} (32 x 32, white on transparent).
 */
public final class IconPainter {

    static final int COLOR_SIZE = 192;

    static final int OUTLINE_SIZE = 32;

    /** H, G and W on a grid of 5 x 7 cells, one cell apart; '#' is ink. Both icons use it. */
    private static final String[][] LETTERS = {
        {"#...#", "#...#", "#...#", "#####", "#...#", "#...#", "#...#"},
        {".###.", "#...#", "#....", "#.###", "#...#", "#...#", ".###."},
        {"#...#", "#...#", "#...#", "#.#.#", "#.#.#", "##.##", "#...#"},
    };

    private static final int LETTER_WIDTH = 5;

    /** Width of the three letters with their two gaps, in cells. */
    static final int TEXT_WIDTH = 3 * LETTER_WIDTH + 2;

    static final int TEXT_HEIGHT = 7;

    private IconPainter() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: IconPainter <folder> <accent colour, e.g. #1F6F78>");
        }
        System.setProperty("java.awt.headless", "true");
        Path folder = Files.createDirectories(Path.of(args[0]));
        write(color(Color.decode(args[1])), folder.resolve("color.png"));
        write(outline(), folder.resolve("outline.png"));
    }

    /** The full-colour icon: white ring and letters on the accent colour, edge to edge. */
    static BufferedImage color(Color accent) {
        BufferedImage image = new BufferedImage(COLOR_SIZE, COLOR_SIZE, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(accent);
        g.fillRect(0, 0, COLOR_SIZE, COLOR_SIZE);
        g.setColor(Color.WHITE);
        ring(g, COLOR_SIZE / 2.0, 80, 70);
        int cell = 6;
        letters(g, (COLOR_SIZE - TEXT_WIDTH * cell) / 2, (COLOR_SIZE - TEXT_HEIGHT * cell) / 2, cell);
        g.dispose();
        return image;
    }

    /** The outline icon: the same ring and letters, white on a transparent background. */
    static BufferedImage outline() {
        BufferedImage image = new BufferedImage(OUTLINE_SIZE, OUTLINE_SIZE, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        ring(g, OUTLINE_SIZE / 2.0, 15, 13);
        letters(g, (OUTLINE_SIZE - TEXT_WIDTH) / 2, (OUTLINE_SIZE - TEXT_HEIGHT) / 2, 1);
        g.dispose();
        whiten(image);
        return image;
    }

    private static void ring(Graphics2D g, double centre, double outer, double inner) {
        Area ring = new Area(new Ellipse2D.Double(centre - outer, centre - outer, 2 * outer, 2 * outer));
        ring.subtract(new Area(new Ellipse2D.Double(centre - inner, centre - inner, 2 * inner, 2 * inner)));
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.fill(ring);
    }

    /** The letters as whole cells on whole pixels: sharp edges at every size. */
    private static void letters(Graphics2D g, int left, int top, int cell) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_OFF);
        for (int letter = 0; letter < LETTERS.length; letter++) {
            int x = left + letter * (LETTER_WIDTH + 1) * cell;
            String[] rows = LETTERS[letter];
            for (int row = 0; row < rows.length; row++) {
                for (int column = 0; column < LETTER_WIDTH; column++) {
                    if (rows[row].charAt(column) == '#') {
                        g.fillRect(x + column * cell, top + row * cell, cell, cell);
                    }
                }
            }
        }
    }

    /**
     * Makes every pixel pure white and keeps only its opacity: anti-aliased edges of the ring
     * are partly transparent white, never grey.
     */
    private static void whiten(BufferedImage image) {
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                image.setRGB(x, y, image.getRGB(x, y) & 0xFF000000 | 0x00FFFFFF);
            }
        }
    }

    private static void write(BufferedImage image, Path file) throws IOException {
        if (!ImageIO.write(image, "png", file.toFile())) {
            throw new IOException("no PNG writer for " + file);
        }
    }
}
