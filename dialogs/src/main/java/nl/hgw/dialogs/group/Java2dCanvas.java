package nl.hgw.dialogs.group;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;

/** The picture on a Java2D surface, smooth (antialiased shapes and text, fractional font metrics). */
final class Java2dCanvas implements Canvas {

    private static final float OUTLINE = 2.5f;

    private final Graphics2D graphics;

    Java2dCanvas(Graphics2D graphics) {
        this.graphics = graphics;
        smooth(graphics);
    }

    /** The rendering hints the picture is measured and drawn with. */
    static void smooth(Graphics2D graphics) {
        graphics.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        graphics.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        graphics.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        graphics.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
    }

    @Override
    public void background(int width, int height, Color color) {
        graphics.setColor(color);
        graphics.fillRect(0, 0, width, height);
    }

    @Override
    public void circle(double centerX, double centerY, double radius, Color fill, Color outline) {
        Ellipse2D disc = new Ellipse2D.Double(centerX - radius, centerY - radius, 2 * radius, 2 * radius);
        graphics.setColor(fill);
        graphics.fill(disc);
        graphics.setColor(outline);
        graphics.setStroke(new BasicStroke(OUTLINE));
        graphics.draw(disc);
    }

    @Override
    public void text(String text, double x, double baseline, Font font, Color color) {
        graphics.setFont(font);
        graphics.setColor(color);
        graphics.drawString(text, (float) x, (float) baseline);
    }
}
